# mistake: no check of the inner dimensions: zip quietly drops the extra numbers instead of raising ValueError.
def matmul(A, B):
    cols = list(zip(*B))
    return [[sum(a * b for a, b in zip(row, col)) for col in cols] for row in A]
