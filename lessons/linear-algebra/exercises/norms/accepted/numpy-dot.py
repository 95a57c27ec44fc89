# accepted: NumPy's abs, sum and max on an array built from the input, and np.dot for the L2 norm.
import numpy as np

def l1_norm(v):
    v = np.array(v)
    return np.abs(v).sum()

def l2_norm(v):
    v = np.array(v, dtype=float)
    return np.sqrt(np.dot(v, v))

def linf_norm(v):
    return np.abs(np.array(v)).max()
