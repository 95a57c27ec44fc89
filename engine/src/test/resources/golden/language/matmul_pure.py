def matmul(A, B):
    n, k = len(A), len(A[0])
    if k != len(B):
        raise ValueError("inner dimensions differ")
    m = len(B[0])
    C = [[0] * m for _ in range(n)]
    for i in range(n):
        for j in range(m):
            s = 0
            for t in range(k):
                s += A[i][t] * B[t][j]
            C[i][j] = s
    return C

A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
print(matmul(A, B))
N = 60
X = [[(i * j) % 7 - 3 for j in range(N)] for i in range(N)]
Y = matmul(X, X)
print(sum(sum(row) for row in Y), Y[5][7])
F = [[0.5 * i - j / 3 for j in range(4)] for i in range(3)]
print(matmul(F, [[1.0], [2.0], [3.0], [4.0]]))
