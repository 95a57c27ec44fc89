import numpy as np

A = np.arange(6.0).reshape(2, 3)
print(np.linalg.matrix_power(A @ A.T, 3))
print(np.linalg.matrix_power(A, 2))
