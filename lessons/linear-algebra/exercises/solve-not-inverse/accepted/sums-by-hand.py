# accepted: AᵀA and Aᵀy written out from sums (Σx², Σx, n and Σxy, Σy), then np.linalg.solve on the 2 x 2 system.
import numpy as np

def fit_line(x, y):
    n = len(x)
    sx = sum(x)
    sxx = sum(xi * xi for xi in x)
    sy = sum(y)
    sxy = sum(xi * yi for xi, yi in zip(x, y))
    M = np.array([[sxx, sx], [sx, n]], dtype=float)
    rhs = np.array([sxy, sy], dtype=float)
    w = np.linalg.solve(M, rhs)
    return float(w[0]), float(w[1])
