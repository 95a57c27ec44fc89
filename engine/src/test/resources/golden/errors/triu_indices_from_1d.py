import numpy as np
i, j = np.triu_indices_from(np.arange(4))
