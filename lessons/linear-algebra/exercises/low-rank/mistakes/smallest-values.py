# mistake: it keeps the last k singular values (the smallest) instead of the first k (NumPy sorts them largest first).
import numpy as np

def best_rank_k(A, k):
    U, S, Vt = np.linalg.svd(A, full_matrices=False)
    return U[:, -k:] @ np.diag(S[-k:]) @ Vt[-k:, :]
