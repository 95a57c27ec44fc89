# accepted: walking both shapes from the right with negative indexes, building the result backwards.
def broadcast_shape(a, b):
    result = []
    for i in range(1, max(len(a), len(b)) + 1):
        x = a[-i] if i <= len(a) else 1
        y = b[-i] if i <= len(b) else 1
        if x == 1:
            result.append(y)
        elif y == 1 or x == y:
            result.append(x)
        else:
            raise ValueError(f"operands could not be broadcast together: {x} and {y}")
    return tuple(reversed(result))
