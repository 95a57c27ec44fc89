# mistake: it returns Vt[-1], the last singular vector (least spread), instead of the first.
import numpy as np

def principal_axis(X):
    centred = X - X.mean(axis=0)
    U, S, Vt = np.linalg.svd(centred, full_matrices=False)
    return Vt[-1]
