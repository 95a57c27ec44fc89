import numpy as np
a = np.zeros((2, 2))
if a:
    pass
