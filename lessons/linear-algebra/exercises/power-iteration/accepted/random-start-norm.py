# accepted: a random start vector and the eigenvalue as the length of A v (the dominant eigenvalue is positive).
import numpy as np

def power_iteration(A, iterations=200):
    v = np.random.rand(len(A))
    v /= np.linalg.norm(v)
    for i in range(iterations):
        w = np.dot(A, v)
        v = w / np.linalg.norm(w)
    return float(np.linalg.norm(A @ v)), v
