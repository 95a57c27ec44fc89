# mistake: the row norms lose their second axis (no keepdims), so broadcasting divides the columns instead of the rows.
import numpy as np

def cosine_matrix(A, B):
    An = A / np.linalg.norm(A, axis=1)
    Bn = B / np.linalg.norm(B, axis=1)
    return An @ Bn.T
