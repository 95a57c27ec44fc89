# mistake: with the default full_matrices=True, U @ diag(S) @ Vt only fits when A is square.
import numpy as np

def best_rank_k(A, k):
    U, S, Vt = np.linalg.svd(A)
    S[k:] = 0
    return U @ np.diag(S) @ Vt
