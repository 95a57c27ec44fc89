# accepted: three plain loops with a 0.0 accumulator, so integer input gives floats (19.0 for 19).
def matmul(A, B):
    m = len(A)
    k = len(A[0])
    if len(B) != k:
        raise ValueError("inner dimensions differ")
    n = len(B[0])
    C = []
    for i in range(m):
        row = []
        for j in range(n):
            total = 0.0
            for t in range(k):
                total += A[i][t] * B[t][j]
            row.append(total)
        C.append(row)
    return C
