# accepted: the sign chosen so the largest entry is positive, and the vector normalised again to be safe.
import numpy as np

def principal_axis(X):
    centred = X - X.mean(axis=0)
    _, _, Vt = np.linalg.svd(centred, full_matrices=False)
    v = Vt[0]
    if v[np.argmax(np.abs(v))] < 0:
        v = -v
    return v / np.linalg.norm(v)
