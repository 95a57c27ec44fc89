import numpy as np
np.dot(np.ones((2, 3)), np.ones((2, 3)))
