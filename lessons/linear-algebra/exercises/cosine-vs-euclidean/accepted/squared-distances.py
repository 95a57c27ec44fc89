# accepted: ranking by squared distances (no square root: the order is the same) and by cosine with reverse=True (a stable sort keeps ties in order).
import numpy as np

def cosine(a, b):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    return np.dot(a, b) / np.sqrt(np.dot(a, a) * np.dot(b, b))

def rank_by_cosine(vectors):
    n = len(vectors)
    pairs = [(i, j) for i in range(n) for j in range(i + 1, n)]
    return sorted(pairs, key=lambda p: cosine(vectors[p[0]], vectors[p[1]]), reverse=True)

def rank_by_euclidean(vectors):
    vs = [np.asarray(v, dtype=float) for v in vectors]
    n = len(vs)
    pairs = [(i, j) for i in range(n) for j in range(i + 1, n)]
    return sorted(pairs, key=lambda p: np.sum((vs[p[0]] - vs[p[1]]) ** 2))
