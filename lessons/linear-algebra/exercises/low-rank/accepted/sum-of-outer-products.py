# accepted: the sum of the first k rank-one pieces S[i] * outer(U[:, i], Vt[i]), with the default full_matrices=True.
import numpy as np

def best_rank_k(A, k):
    U, S, Vt = np.linalg.svd(A)
    result = np.zeros(np.shape(A))
    for i in range(k):
        result += S[i] * np.outer(U[:, i], Vt[i, :])
    return result
