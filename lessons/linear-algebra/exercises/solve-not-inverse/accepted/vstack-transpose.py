# accepted: A from np.vstack(...).T and the normal equations with np.dot; the answer as NumPy floats.
import numpy as np

def fit_line(x, y):
    x = np.array(x, dtype=float)
    y = np.array(y, dtype=float)
    A = np.vstack([x, np.ones_like(x)]).T
    m, c = np.linalg.solve(np.dot(A.T, A), np.dot(A.T, y))
    return m, c
