# mistake: l2_norm returns v · v, the squared length, without the square root.
import numpy as np

def l1_norm(v):
    return float(np.sum(np.abs(v)))

def l2_norm(v):
    v = np.asarray(v, dtype=float)
    return float(v @ v)

def linf_norm(v):
    return float(np.max(np.abs(v)))
