# mistake: only a 1 in the second shape is allowed to stretch, so the result depends on the order of the arguments.
def broadcast_shape(a, b):
    n = max(len(a), len(b))
    a = (1,) * (n - len(a)) + tuple(a)
    b = (1,) * (n - len(b)) + tuple(b)
    out = []
    for x, y in zip(a, b):
        if x == y or y == 1:
            out.append(x)
        else:
            raise ValueError(f"cannot broadcast {x} and {y}")
    return tuple(out)
