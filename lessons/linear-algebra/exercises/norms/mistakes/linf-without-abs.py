# mistake: linf_norm is the largest entry, np.max(v), without taking absolute values first.
import numpy as np

def l1_norm(v):
    return float(np.sum(np.abs(v)))

def l2_norm(v):
    v = np.asarray(v, dtype=float)
    return float(np.sqrt(np.sum(v * v)))

def linf_norm(v):
    return float(np.max(v))
