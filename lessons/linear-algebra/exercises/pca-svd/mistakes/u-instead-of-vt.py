# mistake: it returns the first column of U (one number per point) instead of the first row of Vt.
import numpy as np

def principal_axis(X):
    centred = X - X.mean(axis=0)
    U, S, Vt = np.linalg.svd(centred, full_matrices=False)
    return U[:, 0]
