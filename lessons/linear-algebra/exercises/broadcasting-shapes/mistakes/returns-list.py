# mistake: it returns a list like [3, 4] instead of a tuple, so the result never equals a NumPy shape such as (3, 4).
def broadcast_shape(a, b):
    n = max(len(a), len(b))
    a = [1] * (n - len(a)) + list(a)
    b = [1] * (n - len(b)) + list(b)
    out = []
    for x, y in zip(a, b):
        if x == y or y == 1:
            out.append(x)
        elif x == 1:
            out.append(y)
        else:
            raise ValueError("incompatible shapes")
    return out
