# mistake: it calls np.linalg.norm, which this exercise forbids.
import numpy as np

def l1_norm(v):
    return float(np.linalg.norm(v, 1))

def l2_norm(v):
    return float(np.linalg.norm(v))

def linf_norm(v):
    return float(np.linalg.norm(v, np.inf))
