# mistake: it projects the data on U's first column, which gives the axis scaled by the singular value: not a unit vector.
import numpy as np

def principal_axis(X):
    centred = X - X.mean(axis=0)
    U, S, Vt = np.linalg.svd(centred, full_matrices=False)
    return centred.T @ U[:, 0]
