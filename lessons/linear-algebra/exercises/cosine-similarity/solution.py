import numpy as np

def cosine_matrix(A, B):
    """(m, n) cosine similarities of the rows of A (m, d) and B (n, d)."""
    A = np.asarray(A, dtype=float)
    B = np.asarray(B, dtype=float)
    An = A / np.linalg.norm(A, axis=1, keepdims=True)
    Bn = B / np.linalg.norm(B, axis=1, keepdims=True)
    return An @ Bn.T
