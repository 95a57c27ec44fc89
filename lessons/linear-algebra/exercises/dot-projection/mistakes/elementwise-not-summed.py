# mistake: dot multiplies the entries pair by pair but forgets to add the products up.
import math

def dot(a, b):
    return [x * y for x, y in zip(a, b)]

def geometric_dot(a, b):
    theta = math.atan2(b[1], b[0]) - math.atan2(a[1], a[0])
    return math.hypot(a[0], a[1]) * math.hypot(b[0], b[1]) * math.cos(theta)
