# mistake: v is divided by its largest entry instead of its length, so the returned vector is not a unit vector and vᵀAv is not the eigenvalue.
import numpy as np

def power_iteration(A, iterations=200):
    v = np.ones(A.shape[0])
    for _ in range(iterations):
        v = A @ v
        v = v / np.max(v)
    return float(v @ A @ v), v
