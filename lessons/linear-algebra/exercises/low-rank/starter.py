import numpy as np

def best_rank_k(A, k):
    """The best rank-k approximation of A, from its SVD."""
    pass
