import numpy as np

def l1_norm(v):
    return float(np.sum(np.abs(np.asarray(v, dtype=float))))

def l2_norm(v):
    v = np.asarray(v, dtype=float)
    return float(np.sqrt(v @ v))

def linf_norm(v):
    return float(np.max(np.abs(np.asarray(v, dtype=float))))
