import math

def dot(a, b):
    """The sum of the element-wise products of a and b."""
    return sum(x * y for x, y in zip(a, b))

def geometric_dot(a, b):
    """|a| |b| cos(theta) for 2-D vectors a and b, with theta from math.atan2."""
    theta = math.atan2(b[1], b[0]) - math.atan2(a[1], a[0])
    return math.hypot(a[0], a[1]) * math.hypot(b[0], b[1]) * math.cos(theta)
