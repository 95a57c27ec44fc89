import numpy as np
v = np.array([1.0, 2.0, 3.0])  # 3-dimensional vector
print(v)
print(repr(v))
print(v.shape, v.ndim, v.dtype)
