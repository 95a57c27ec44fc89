# accepted: two loops computing each pair's cosine into a preallocated (m, n) array.
import numpy as np

def cosine_matrix(A, B):
    m, n = len(A), len(B)
    C = np.zeros((m, n))
    for i in range(m):
        for j in range(n):
            C[i, j] = np.dot(A[i], B[j]) / (np.linalg.norm(A[i]) * np.linalg.norm(B[j]))
    return C
