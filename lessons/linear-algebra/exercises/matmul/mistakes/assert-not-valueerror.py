# mistake: the dimension check is an assert, which raises AssertionError instead of ValueError.
def matmul(A, B):
    assert len(A[0]) == len(B), "inner dimensions differ"
    result = []
    for i in range(len(A)):
        row = []
        for j in range(len(B[0])):
            row.append(sum(A[i][k] * B[k][j] for k in range(len(B))))
        result.append(row)
    return result
