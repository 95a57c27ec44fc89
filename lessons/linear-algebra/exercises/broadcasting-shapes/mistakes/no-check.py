# mistake: it takes the larger size in every position and never checks that the sizes are compatible, so nothing raises ValueError.
def broadcast_shape(a, b):
    n = max(len(a), len(b))
    a = [1] * (n - len(a)) + list(a)
    b = [1] * (n - len(b)) + list(b)
    return tuple(max(x, y) for x, y in zip(a, b))
