import numpy as np
M = np.ones((3, 4))
v = np.array([1, 2, 3])
print("before")
print(M + v)
