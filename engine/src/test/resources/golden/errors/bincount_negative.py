import numpy as np

labels = np.array([0, 2, 1, 2])
print(np.bincount(labels))
print(np.bincount(labels - 1))
