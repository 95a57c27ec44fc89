import numpy as np

def principal_axis(X):
    """The unit vector (2,) along which the points in X (n, 2) spread the most."""
    X = np.asarray(X, dtype=float)
    centred = X - X.mean(axis=0)
    U, S, Vt = np.linalg.svd(centred, full_matrices=False)
    return Vt[0]
