# mistake: np.diag(S)[:k] keeps k rows of the diagonal matrix but all its columns, so the shapes in the product do not match.
import numpy as np

def best_rank_k(A, k):
    U, S, Vt = np.linalg.svd(A, full_matrices=False)
    return U[:, :k] @ np.diag(S)[:k] @ Vt[:k]
