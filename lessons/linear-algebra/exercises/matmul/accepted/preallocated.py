# accepted: a result filled with zeros first (one new list per row), then accumulated in i-k-j order.
def matmul(A, B):
    if not A or len(A[0]) != len(B):
        raise ValueError("cannot multiply: inner dimensions differ")
    n = len(B[0])
    C = [[0 for _ in range(n)] for _ in range(len(A))]
    for i, row in enumerate(A):
        for t, a in enumerate(row):
            for j in range(n):
                C[i][j] += a * B[t][j]
    return C
