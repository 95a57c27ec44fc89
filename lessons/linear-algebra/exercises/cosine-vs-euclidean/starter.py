import numpy as np

def cosine(a, b):
    """Cosine similarity of vectors a and b."""
    pass

def rank_by_cosine(vectors):
    """All pairs (i, j), i < j, most similar (largest cosine) first."""
    pass

def rank_by_euclidean(vectors):
    """All pairs (i, j), i < j, closest (smallest distance) first."""
    pass
