# mistake: v is normalised only once after the loop, so its entries grow like λ^k and overflow on a long run.
import numpy as np

def power_iteration(A, iterations=200):
    v = np.ones(A.shape[0])
    for _ in range(iterations):
        v = A @ v
    v = v / np.linalg.norm(v)
    return float(v @ A @ v), v
