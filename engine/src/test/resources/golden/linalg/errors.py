# The errors numpy.linalg raises, caught and printed.
import numpy as np

def attempt(label, f):
    try:
        print(label, f())
    except np.linalg.LinAlgError as e:
        print(label, 'LinAlgError:', e)
    except ValueError as e:
        print(label, 'ValueError:', e)

attempt('inv singular', lambda: np.linalg.inv(np.array([[1, 2], [2, 4]])))
attempt('solve singular', lambda: np.linalg.solve(np.ones((3, 3)), np.ones(3)))
attempt('det rectangular', lambda: np.linalg.det(np.ones((2, 3))))
attempt('inv vector', lambda: np.linalg.inv(np.ones(3)))
attempt('eig rectangular', lambda: np.linalg.eig(np.ones((3, 2))))
attempt('cholesky', lambda: np.linalg.cholesky(np.array([[1, 2], [2, 1]])))
attempt('eigvals nan', lambda: np.linalg.eigvals(np.array([[np.nan, 1], [1, 1]])))
attempt('svd nan', lambda: np.linalg.svd(np.array([[np.nan, 1], [1, 1]])))
attempt('solve shapes', lambda: np.linalg.solve(np.eye(2), np.ones(3)))
attempt('lstsq shapes', lambda: np.linalg.lstsq(np.ones((3, 2)), np.ones(4)))
attempt('qr mode', lambda: np.linalg.qr(np.eye(2), mode='fast'))
attempt('eigh UPLO', lambda: np.linalg.eigh(np.eye(2), UPLO='X'))
attempt('cond empty', lambda: np.linalg.cond(np.zeros((0, 0))))
print(issubclass(np.linalg.LinAlgError, ValueError))
print(np.linalg.inv(np.array([[1., 2], [3, 4]])))
np.linalg.inv(np.array([[1., 1], [1, 1]]))
