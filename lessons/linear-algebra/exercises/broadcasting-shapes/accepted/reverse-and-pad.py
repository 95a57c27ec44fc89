# accepted: reversing both shapes, padding the shorter with 1s, and reversing the answer back.
def broadcast_shape(a, b):
    ra = list(a)[::-1]
    rb = list(b)[::-1]
    while len(ra) < len(rb):
        ra.append(1)
    while len(rb) < len(ra):
        rb.append(1)
    out = []
    for x, y in zip(ra, rb):
        if x != y and x != 1 and y != 1:
            raise ValueError("shapes " + str(a) + " and " + str(b) + " are not compatible")
        out.append(y if x == 1 else x)
    return tuple(out[::-1])
