# mistake: the check compares the number of rows of A with the number of rows of B, so valid non-square products raise.
def matmul(A, B):
    if len(A) != len(B):
        raise ValueError("the matrices do not fit")
    result = []
    for i in range(len(A)):
        row = []
        for j in range(len(B[0])):
            row.append(sum(A[i][k] * B[k][j] for k in range(len(B))))
        result.append(row)
    return result
