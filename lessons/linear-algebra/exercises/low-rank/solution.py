import numpy as np

def best_rank_k(A, k):
    """The best rank-k approximation of A, from its SVD."""
    U, S, Vt = np.linalg.svd(np.asarray(A, dtype=float), full_matrices=False)
    return U[:, :k] @ np.diag(S[:k]) @ Vt[:k, :]
