# mistake: the SVD is taken of X itself, not of the centred data, so the axis points at the mean instead of along the spread.
import numpy as np

def principal_axis(X):
    U, S, Vt = np.linalg.svd(X, full_matrices=False)
    return Vt[0]
