import numpy as np
np.zeros((2, 3)).reshape(4, 2)
