# mistake: the result is created with [[0] * n] * m, so every row is the same list and the last row's values end up everywhere.
def matmul(A, B):
    m, k, n = len(A), len(A[0]), len(B[0])
    if k != len(B):
        raise ValueError("inner dimensions differ")
    C = [[0] * n] * m
    for i in range(m):
        for j in range(n):
            for t in range(k):
                C[i][j] += A[i][t] * B[t][j]
    return C
