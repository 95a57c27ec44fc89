# accepted: every cosine and distance at once with broadcasting, and a stable argsort (kind="stable") so ties keep their order.
import numpy as np

def cosine(a, b):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    return a.dot(b) / (np.linalg.norm(a) * np.linalg.norm(b))

def _ranked(scores, n):
    pairs = [(i, j) for i in range(n) for j in range(i + 1, n)]
    flat = np.array([scores[i, j] for i, j in pairs])
    order = np.argsort(flat, kind="stable")
    return [pairs[t] for t in order]

def rank_by_cosine(vectors):
    V = np.array(vectors, dtype=float)
    U = V / np.linalg.norm(V, axis=1, keepdims=True)
    return _ranked(-(U @ U.T), len(V))

def rank_by_euclidean(vectors):
    V = np.array(vectors, dtype=float)
    diff = V[:, None, :] - V[None, :, :]
    return _ranked(np.sqrt((diff ** 2).sum(axis=2)), len(V))
