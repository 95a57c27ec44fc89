# accepted: scaling U's first k columns by S[:k] with broadcasting instead of building diag(S).
import numpy as np

def best_rank_k(A, k):
    U, S, Vt = np.linalg.svd(A, full_matrices=False)
    return (U[:, :k] * S[:k]) @ Vt[:k, :]
