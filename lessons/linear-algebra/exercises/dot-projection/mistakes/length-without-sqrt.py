# mistake: the lengths |a| and |b| are taken as x² + y² without the square root.
import math

def dot(a, b):
    return sum(x * y for x, y in zip(a, b))

def geometric_dot(a, b):
    theta = math.atan2(b[1], b[0]) - math.atan2(a[1], a[0])
    return (a[0] ** 2 + a[1] ** 2) * (b[0] ** 2 + b[1] ** 2) * math.cos(theta)
