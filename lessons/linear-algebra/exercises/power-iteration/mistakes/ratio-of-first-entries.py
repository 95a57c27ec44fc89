# mistake: the eigenvalue is taken as (A v)[0] / v[0], which is wrong when the eigenvector's first entry is (nearly) zero.
import numpy as np

def power_iteration(A, iterations=200):
    v = np.ones(A.shape[0])
    for _ in range(iterations):
        v = A @ v
        v = v / np.linalg.norm(v)
    return float((A @ v)[0] / v[0]), v
