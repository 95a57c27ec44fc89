# accepted: the raw dot products divided by the outer product of the row norms.
import numpy as np

def cosine_matrix(A, B):
    A = np.asarray(A, dtype=float)
    B = np.asarray(B, dtype=float)
    dots = A @ B.T
    a = np.sqrt((A ** 2).sum(axis=1))
    b = np.sqrt((B ** 2).sum(axis=1))
    return dots / np.outer(a, b)
