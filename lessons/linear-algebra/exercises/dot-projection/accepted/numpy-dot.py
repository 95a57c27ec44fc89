# accepted: np.dot for the algebraic product and np.linalg.norm for the lengths.
import math
import numpy as np

def dot(a, b):
    return np.dot(a, b)

def geometric_dot(a, b):
    theta = math.atan2(b[1], b[0]) - math.atan2(a[1], a[0])
    return np.linalg.norm(a) * np.linalg.norm(b) * math.cos(theta)
