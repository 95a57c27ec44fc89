# mistake: l2_norm squares with v ** 2, which works on a NumPy array but fails on a plain list.
import numpy as np

def l1_norm(v):
    return float(np.sum(np.abs(v)))

def l2_norm(v):
    return float(np.sqrt(np.sum(v ** 2)))

def linf_norm(v):
    return float(np.max(np.abs(v)))
