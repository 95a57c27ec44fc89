# mistake: a compatible pair gives max(x, y), so a 0 against a 1 gives 1 instead of 0.
def broadcast_shape(a, b):
    n = max(len(a), len(b))
    a = (1,) * (n - len(a)) + tuple(a)
    b = (1,) * (n - len(b)) + tuple(b)
    out = []
    for x, y in zip(a, b):
        if x != y and x != 1 and y != 1:
            raise ValueError("incompatible shapes")
        out.append(max(x, y))
    return tuple(out)
