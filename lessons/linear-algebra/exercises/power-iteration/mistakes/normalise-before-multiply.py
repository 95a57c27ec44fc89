# mistake: the loop normalises first and multiplies second, so the returned v is A times a unit vector, not a unit vector.
import numpy as np

def power_iteration(A, iterations=200):
    v = np.ones(A.shape[0])
    for _ in range(iterations):
        v = v / np.linalg.norm(v)
        v = A @ v
    return float(v @ A @ v), v
