# mistake: it inverts AᵀA with np.linalg.inv, which this exercise forbids.
import numpy as np

def fit_line(x, y):
    A = np.column_stack([x, np.ones(len(x))])
    w = np.linalg.inv(A.T @ A) @ A.T @ y
    return float(w[0]), float(w[1])
