# accepted: starting the sum at 0.0, so integer vectors give a float (3.0 for 3).
import math

def dot(a, b):
    total = 0.0
    for x, y in zip(a, b):
        total = total + x * y
    return total

def geometric_dot(a, b):
    theta = math.atan2(a[1], a[0]) - math.atan2(b[1], b[0])
    return float(math.hypot(*a) * math.hypot(*b) * math.cos(theta))
