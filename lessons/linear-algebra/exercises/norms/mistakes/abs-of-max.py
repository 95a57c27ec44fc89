# mistake: linf_norm takes the absolute value of the largest entry, abs(max(v)), instead of the largest absolute value.
import numpy as np

def l1_norm(v):
    return float(np.sum(np.abs(v)))

def l2_norm(v):
    v = np.asarray(v, dtype=float)
    return float(np.sqrt(v @ v))

def linf_norm(v):
    return float(abs(np.max(v)))
