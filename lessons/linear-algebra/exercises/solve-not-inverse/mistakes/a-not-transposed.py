# mistake: np.array([x, ones]) stacks x and the ones as rows, so A is (2, n) and AᵀA is an n x n singular matrix.
import numpy as np

def fit_line(x, y):
    A = np.array([x, np.ones(len(x))])
    w = np.linalg.solve(A.T @ A, A.T @ y)
    return float(w[0]), float(w[1])
