# mistake: it subtracts X.mean(), the mean of all the numbers, instead of the mean point X.mean(axis=0).
import numpy as np

def principal_axis(X):
    centred = X - X.mean()
    U, S, Vt = np.linalg.svd(centred, full_matrices=False)
    return Vt[0]
