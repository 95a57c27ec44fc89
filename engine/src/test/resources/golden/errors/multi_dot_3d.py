import numpy as np

M = np.eye(3)
print(np.linalg.multi_dot([M, M, np.ones((2, 2, 2))]))
