import numpy as np

def power_iteration(A, iterations=200):
    """(dominant eigenvalue, unit eigenvector) of the square matrix A."""
    A = np.asarray(A, dtype=float)
    v = np.ones(A.shape[0])
    v = v / np.linalg.norm(v)
    for _ in range(iterations):
        v = A @ v
        v = v / np.linalg.norm(v)
    return float(v @ A @ v), v
