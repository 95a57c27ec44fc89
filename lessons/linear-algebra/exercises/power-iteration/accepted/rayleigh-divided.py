# accepted: the Rayleigh quotient written as (v · Av) / (v · v), with the length from math.sqrt.
import math
import numpy as np

def power_iteration(A, iterations=200):
    A = np.array(A, dtype=float)
    v = np.ones(len(A))
    for _ in range(iterations):
        v = A @ v
        v = v / math.sqrt(v @ v)
    Av = A @ v
    return float(v @ Av / (v @ v)), v
