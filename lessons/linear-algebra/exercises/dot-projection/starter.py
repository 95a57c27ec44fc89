import math

def dot(a, b):
    """The sum of the element-wise products of a and b."""
    pass

def geometric_dot(a, b):
    """|a| |b| cos(theta) for 2-D vectors a and b, with theta from math.atan2."""
    pass
