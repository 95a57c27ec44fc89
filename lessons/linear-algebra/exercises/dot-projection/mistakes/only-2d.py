# mistake: dot is written for 2-D vectors only, so the third entry of a 3-D vector is ignored.
import math

def dot(a, b):
    return a[0] * b[0] + a[1] * b[1]

def geometric_dot(a, b):
    theta = math.atan2(b[1], b[0]) - math.atan2(a[1], a[0])
    return math.hypot(a[0], a[1]) * math.hypot(b[0], b[1]) * math.cos(theta)
