# mistake: cosine is the plain dot product, not divided by the lengths, so long vectors look more similar.
import numpy as np

def cosine(a, b):
    return float(np.dot(a, b))

def pairs(n):
    return [(i, j) for i in range(n) for j in range(i + 1, n)]

def rank_by_cosine(vectors):
    return sorted(pairs(len(vectors)), key=lambda p: -cosine(vectors[p[0]], vectors[p[1]]))

def rank_by_euclidean(vectors):
    def dist(p):
        return float(np.linalg.norm(np.array(vectors[p[0]], dtype=float) - np.array(vectors[p[1]], dtype=float)))
    return sorted(pairs(len(vectors)), key=dist)
