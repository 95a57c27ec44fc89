# mistake: A * v multiplies element-wise (broadcasting v along the rows) instead of the matrix-vector product A @ v.
import numpy as np

def power_iteration(A, iterations=200):
    v = np.ones(A.shape[0])
    for _ in range(iterations):
        v = A * v
        v = v / np.linalg.norm(v)
    return float(np.sum(v * (A * v))), v
