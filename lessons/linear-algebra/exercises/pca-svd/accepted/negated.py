# accepted: the other sign of the first singular vector (-Vt[0]).
import numpy as np

def principal_axis(X):
    centred = X - np.mean(X, axis=0)
    U, S, Vt = np.linalg.svd(centred)
    return -Vt[0]
