import numpy as np
M = np.ones((3, 4))
v = np.array([1, 2, 3, 4])  # shape (4,)
print(M + v)  # works: v is broadcast across 3 rows
print((M + v).shape)
col = np.array([[10], [20], [30]])
print(M * col)
print(np.zeros((2, 3)))
print(np.arange(6))
print(np.arange(6).reshape(2, 3))
print(np.arange(0.0, 1.0, 0.25))
print(np.ones(3, dtype=int))
