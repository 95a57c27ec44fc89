# mistake: it solves A w = y directly, but A is a tall (n, 2) matrix: solve needs the square normal equations AᵀA w = Aᵀy.
import numpy as np

def fit_line(x, y):
    A = np.column_stack([x, np.ones(len(x))])
    w = np.linalg.solve(A, y)
    return float(w[0]), float(w[1])
