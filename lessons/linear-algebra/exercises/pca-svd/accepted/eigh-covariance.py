# accepted: the eigenvector of the covariance matrix with the largest eigenvalue (np.linalg.eigh sorts them in ascending order).
import numpy as np

def principal_axis(X):
    X = np.array(X, dtype=float)
    centred = X - X.mean(axis=0)
    cov = centred.T @ centred / (len(X) - 1)
    values, vectors = np.linalg.eigh(cov)
    return vectors[:, np.argmax(values)]
