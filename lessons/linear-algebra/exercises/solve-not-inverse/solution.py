import numpy as np

def fit_line(x, y):
    """(slope, intercept) of the least-squares line through the points (x[i], y[i])."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    A = np.column_stack([x, np.ones(len(x))])
    w = np.linalg.solve(A.T @ A, A.T @ y)
    return float(w[0]), float(w[1])
