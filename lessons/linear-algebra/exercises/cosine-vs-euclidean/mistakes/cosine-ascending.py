# mistake: rank_by_cosine sorts by cosine in ascending order, so the least similar pair comes first.
import numpy as np

def cosine(a, b):
    a = np.array(a, dtype=float)
    b = np.array(b, dtype=float)
    return float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b)))

def pairs(n):
    return [(i, j) for i in range(n) for j in range(i + 1, n)]

def rank_by_cosine(vectors):
    return sorted(pairs(len(vectors)), key=lambda p: cosine(vectors[p[0]], vectors[p[1]]))

def rank_by_euclidean(vectors):
    def dist(p):
        return float(np.linalg.norm(np.array(vectors[p[0]], dtype=float) - np.array(vectors[p[1]], dtype=float)))
    return sorted(pairs(len(vectors)), key=dist)
