# mistake: the direction comes from math.atan(y / x), which loses the quadrant (and divides by zero when x is 0).
import math

def dot(a, b):
    return sum(x * y for x, y in zip(a, b))

def geometric_dot(a, b):
    theta = math.atan(b[1] / b[0]) - math.atan(a[1] / a[0])
    return math.sqrt(a[0] ** 2 + a[1] ** 2) * math.sqrt(b[0] ** 2 + b[1] ** 2) * math.cos(theta)
