def matmul(A, B):
    """Return the matrix product A @ B of two lists of lists."""
    k = len(A[0]) if A else 0
    if k != len(B):
        raise ValueError(f"inner dimensions differ: A has {k} columns but B has {len(B)} rows")
    n = len(B[0]) if B else 0
    return [[sum(row[t] * B[t][j] for t in range(k)) for j in range(n)] for row in A]
