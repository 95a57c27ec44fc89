# mistake: every loop runs over len(A), so the function only works for square matrices.
def matmul(A, B):
    n = len(A)
    if len(A[0]) != len(B):
        raise ValueError("inner dimensions differ")
    C = []
    for i in range(n):
        row = []
        for j in range(n):
            s = 0
            for k in range(n):
                s += A[i][k] * B[k][j]
            row.append(s)
        C.append(row)
    return C
