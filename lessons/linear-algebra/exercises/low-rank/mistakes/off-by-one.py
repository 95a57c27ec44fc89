# mistake: it zeroes the singular values from index k + 1 on, so k + 1 of them are kept.
import numpy as np

def best_rank_k(A, k):
    U, S, Vt = np.linalg.svd(A, full_matrices=False)
    S = S.copy()
    S[k + 1:] = 0
    return U @ np.diag(S) @ Vt
