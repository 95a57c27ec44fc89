# mistake: it uses np.linalg.eigh on the covariance matrix and takes the first eigenvector, but eigh sorts the eigenvalues in ascending order, so that is the direction of least spread.
import numpy as np

def principal_axis(X):
    centred = X - X.mean(axis=0)
    values, vectors = np.linalg.eigh(centred.T @ centred)
    return vectors[:, 0]
