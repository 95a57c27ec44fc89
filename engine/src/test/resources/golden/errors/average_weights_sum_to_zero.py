import numpy as np

x = np.array([1.0, 2.0, 3.0])
print(np.average(x, weights=[1, 1, 1]))
print(np.average(x, weights=[1, -2, 1]))
