# accepted: an index loop for dot, and the absolute angle between the directions (cos is even, so the sign of theta does not matter).
import math

def dot(a, b):
    total = 0
    for i in range(len(a)):
        total += a[i] * b[i]
    return total

def geometric_dot(a, b):
    angle_a = math.atan2(a[1], a[0])
    angle_b = math.atan2(b[1], b[0])
    theta = abs(angle_a - angle_b)
    length_a = math.sqrt(a[0] ** 2 + a[1] ** 2)
    length_b = math.sqrt(b[0] ** 2 + b[1] ** 2)
    return length_a * length_b * math.cos(theta)
