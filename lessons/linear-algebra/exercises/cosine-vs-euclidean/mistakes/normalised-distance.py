# mistake: rank_by_euclidean normalises the vectors before measuring the distance, which makes it a cosine ranking again.
import numpy as np

def cosine(a, b):
    a = np.array(a, dtype=float)
    b = np.array(b, dtype=float)
    return float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b)))

def pairs(n):
    return [(i, j) for i in range(n) for j in range(i + 1, n)]

def rank_by_cosine(vectors):
    return sorted(pairs(len(vectors)), key=lambda p: -cosine(vectors[p[0]], vectors[p[1]]))

def rank_by_euclidean(vectors):
    unit = [np.array(v, dtype=float) / np.linalg.norm(v) for v in vectors]
    return sorted(pairs(len(vectors)), key=lambda p: float(np.linalg.norm(unit[p[0]] - unit[p[1]])))
