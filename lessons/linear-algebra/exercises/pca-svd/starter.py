import numpy as np

def principal_axis(X):
    """The unit vector (2,) along which the points in X (n, 2) spread the most."""
    # 1. centre the data  2. U, S, Vt = np.linalg.svd(...)  3. return the right row of Vt
    pass
