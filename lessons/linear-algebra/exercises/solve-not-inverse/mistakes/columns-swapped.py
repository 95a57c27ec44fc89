# mistake: the rows of A are [1, x] instead of [x, 1], so it returns (intercept, slope) instead of (slope, intercept).
import numpy as np

def fit_line(x, y):
    x = np.asarray(x, dtype=float)
    A = np.column_stack([np.ones(len(x)), x])
    w = np.linalg.solve(A.T @ A, A.T @ y)
    return float(w[0]), float(w[1])
