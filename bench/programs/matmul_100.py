def matmul(A, B):
    n, k, m = len(A), len(B), len(B[0])
    C = [[0.0] * m for _ in range(n)]
    for i in range(n):
        for j in range(m):
            s = 0.0
            for t in range(k):
                s += A[i][t] * B[t][j]
            C[i][j] = s
    return C

N = 100
A = [[(i * j) % 7 * 0.5 for j in range(N)] for i in range(N)]
print(matmul(A, A)[3][4])
