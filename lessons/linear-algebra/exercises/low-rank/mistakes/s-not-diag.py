# mistake: S is a 1-D array of singular values, but it is used in a matrix product as if it were the diagonal matrix diag(S).
import numpy as np

def best_rank_k(A, k):
    U, S, Vt = np.linalg.svd(A, full_matrices=False)
    return U[:, :k] @ S[:k] @ Vt[:k, :]
