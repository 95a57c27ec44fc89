import numpy as np

def cosine(a, b):
    """Cosine similarity of vectors a and b."""
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    return float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b)))

def _pairs(n):
    return [(i, j) for i in range(n) for j in range(i + 1, n)]

def rank_by_cosine(vectors):
    """All pairs (i, j), i < j, most similar (largest cosine) first."""
    pairs = _pairs(len(vectors))
    return sorted(pairs, key=lambda p: -cosine(vectors[p[0]], vectors[p[1]]))

def rank_by_euclidean(vectors):
    """All pairs (i, j), i < j, closest (smallest distance) first."""
    pairs = _pairs(len(vectors))
    def dist(p):
        d = np.asarray(vectors[p[0]], dtype=float) - np.asarray(vectors[p[1]], dtype=float)
        return float(np.sqrt(d @ d))
    return sorted(pairs, key=dist)
