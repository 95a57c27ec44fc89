# mistake: the shapes are compared from the left with zip, so (3, 4) and (4,) pair 3 with 4 instead of 4 with 4.
def broadcast_shape(a, b):
    out = []
    for x, y in zip(a, b):
        if x == y or x == 1 or y == 1:
            out.append(max(x, y))
        else:
            raise ValueError("shapes do not broadcast")
    longer = a if len(a) > len(b) else b
    return tuple(out) + tuple(longer[len(out):])
