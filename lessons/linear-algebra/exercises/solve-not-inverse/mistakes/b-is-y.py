# mistake: the right-hand side is y instead of Aᵀy, so b has n entries while AᵀA is 2 x 2.
import numpy as np

def fit_line(x, y):
    A = np.column_stack([x, np.ones(len(x))])
    w = np.linalg.solve(A.T @ A, y)
    return float(w[0]), float(w[1])
