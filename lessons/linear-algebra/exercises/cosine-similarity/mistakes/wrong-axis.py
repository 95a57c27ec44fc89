# mistake: the norms are taken down the columns (axis=0) instead of along each row (axis=1).
import numpy as np

def cosine_matrix(A, B):
    An = A / np.linalg.norm(A, axis=0, keepdims=True)
    Bn = B / np.linalg.norm(B, axis=0, keepdims=True)
    return An @ Bn.T
