# accepted: ranking by the cosine distance 1 - cos from smallest to largest, with NumPy arrays throughout.
import numpy as np

def cosine(a, b):
    a = np.array(a, dtype=float)
    b = np.array(b, dtype=float)
    return float(np.dot(a, b) / (np.linalg.norm(a) * np.linalg.norm(b)))

def all_pairs(n):
    return [(i, j) for i in range(n) for j in range(i + 1, n)]

def rank_by_cosine(vectors):
    return sorted(all_pairs(len(vectors)), key=lambda p: 1 - cosine(vectors[p[0]], vectors[p[1]]))

def rank_by_euclidean(vectors):
    V = np.array(vectors, dtype=float)
    return sorted(all_pairs(len(V)), key=lambda p: np.linalg.norm(V[p[0]] - V[p[1]]))
