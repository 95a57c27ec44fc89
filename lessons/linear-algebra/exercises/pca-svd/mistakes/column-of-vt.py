# mistake: it takes the first column of Vt instead of its first row (the right singular vectors are Vt's rows).
import numpy as np

def principal_axis(X):
    centred = X - X.mean(axis=0)
    U, S, Vt = np.linalg.svd(centred, full_matrices=False)
    return Vt[:, 0]
