# mistake: the pairs are listed with the outer loop over j, so tied pairs come out as (0, 2), (1, 2), (0, 3) instead of in (i, j) order.
import numpy as np

def cosine(a, b):
    a = np.array(a, dtype=float)
    b = np.array(b, dtype=float)
    return float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b)))

def pairs(n):
    out = []
    for j in range(n):
        for i in range(j):
            out.append((i, j))
    return out

def rank_by_cosine(vectors):
    return sorted(pairs(len(vectors)), key=lambda p: -cosine(vectors[p[0]], vectors[p[1]]))

def rank_by_euclidean(vectors):
    def dist(p):
        return float(np.linalg.norm(np.array(vectors[p[0]], dtype=float) - np.array(vectors[p[1]], dtype=float)))
    return sorted(pairs(len(vectors)), key=dist)
