def matmul(A, B):
    """Return the matrix product A @ B of two lists of lists."""
    # Check that the inner dimensions match, then compute each entry
    # as the dot product of a row of A with a column of B.
    pass
