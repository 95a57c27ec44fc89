import numpy as np

x = np.arange(10)
print(np.array_split(x, 3))
print(np.split(x, 3))
