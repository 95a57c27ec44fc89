# mistake: it slices the first k columns of Vt instead of its first k rows (Vt[:, :k] instead of Vt[:k, :]).
import numpy as np

def best_rank_k(A, k):
    U, S, Vt = np.linalg.svd(A, full_matrices=False)
    return U[:, :k] @ np.diag(S[:k]) @ Vt[:, :k]
