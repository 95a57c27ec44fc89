import numpy as np

def cosine_matrix(A, B):
    """(m, n) cosine similarities of the rows of A (m, d) and B (n, d)."""
    pass
