import numpy as np

np.set_printoptions(precision=-2)
print(np.arange(3))
print(np.arange(3) / 2)
