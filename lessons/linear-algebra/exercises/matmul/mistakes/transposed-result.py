# mistake: the result is built column by column, so it comes out transposed (n x m instead of m x n).
def matmul(A, B):
    if len(A[0]) != len(B):
        raise ValueError("inner dimensions differ")
    C = []
    for j in range(len(B[0])):
        col = []
        for i in range(len(A)):
            col.append(sum(A[i][k] * B[k][j] for k in range(len(B))))
        C.append(col)
    return C
