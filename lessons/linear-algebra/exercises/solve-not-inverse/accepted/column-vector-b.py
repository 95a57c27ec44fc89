# accepted: y as a column (n, 1), so w comes back as a (2, 1) column and is unpacked entry by entry.
import numpy as np

def fit_line(x, y):
    X = np.column_stack((np.asarray(x, dtype=float), np.ones(len(x))))
    Y = np.asarray(y, dtype=float).reshape(-1, 1)
    w = np.linalg.solve(X.T @ X, X.T @ Y)
    return float(w[0, 0]), float(w[1, 0])
