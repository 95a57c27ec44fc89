# mistake: it divides by the norms of the whole matrices instead of the norm of each row.
import numpy as np

def cosine_matrix(A, B):
    return A @ B.T / (np.linalg.norm(A) * np.linalg.norm(B))
