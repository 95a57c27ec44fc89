import numpy as np

v = np.arange(4.0)
print(np.diag(v))
print(np.diagonal(v))
