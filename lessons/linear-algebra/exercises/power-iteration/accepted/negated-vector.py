# accepted: a start vector of -1s, so the eigenvector comes back with the other sign.
import numpy as np

def power_iteration(A, iterations=200):
    v = -np.ones(A.shape[0])
    for _ in range(iterations):
        v = A @ v
        v = v / np.linalg.norm(v)
    eigenvalue = v @ A @ v
    return float(eigenvalue), v
