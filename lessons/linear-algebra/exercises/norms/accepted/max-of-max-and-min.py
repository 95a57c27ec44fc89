# accepted: the L∞ norm as the larger of max(v) and -min(v), and L2 through ** 0.5.
import numpy as np

def l1_norm(v):
    return float(sum(abs(x) for x in v))

def l2_norm(v):
    return float(sum(x ** 2 for x in v) ** 0.5)

def linf_norm(v):
    return float(max(np.max(v), -np.min(v)))
