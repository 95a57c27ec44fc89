# mistake: l1_norm adds the entries themselves, so negative entries cancel positive ones.
import numpy as np

def l1_norm(v):
    return float(np.sum(v))

def l2_norm(v):
    v = np.asarray(v, dtype=float)
    return float(np.sqrt(v @ v))

def linf_norm(v):
    return float(np.max(np.abs(v)))
