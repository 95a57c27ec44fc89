# mistake: it computes B @ A.T, so the result is (n, m) instead of (m, n).
import numpy as np

def cosine_matrix(A, B):
    An = A / np.linalg.norm(A, axis=1, keepdims=True)
    Bn = B / np.linalg.norm(B, axis=1, keepdims=True)
    return Bn @ An.T
