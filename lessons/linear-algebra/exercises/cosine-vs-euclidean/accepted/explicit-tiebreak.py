# accepted: scores collected in a list and sorted with the pair itself as the tie-breaker, in pure Python.
import math

def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))

def rank_by_cosine(vectors):
    scored = []
    for i in range(len(vectors)):
        for j in range(i + 1, len(vectors)):
            scored.append((-cosine(vectors[i], vectors[j]), i, j))
    scored.sort()
    return [(i, j) for _, i, j in scored]

def rank_by_euclidean(vectors):
    scored = []
    for i in range(len(vectors)):
        for j in range(i + 1, len(vectors)):
            d = math.sqrt(sum((x - y) ** 2 for x, y in zip(vectors[i], vectors[j])))
            scored.append((d, i, j))
    scored.sort()
    return [(i, j) for _, i, j in scored]
