# accepted: integer data converted to floats first and the mean point computed with a loop over the two columns.
import numpy as np

def principal_axis(X):
    X = np.asarray(X).astype(float)
    means = np.array([X[:, 0].mean(), X[:, 1].mean()])
    U, S, Vt = np.linalg.svd(X - means)
    return Vt[0, :]
