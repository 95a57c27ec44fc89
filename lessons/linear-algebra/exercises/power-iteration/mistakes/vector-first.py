# mistake: it returns (v, eigenvalue), the pair in the wrong order.
import numpy as np

def power_iteration(A, iterations=200):
    v = np.ones(A.shape[0])
    for _ in range(iterations):
        v = A @ v
        v = v / np.linalg.norm(v)
    return v, float(v @ A @ v)
