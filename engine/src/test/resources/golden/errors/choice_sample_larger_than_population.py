# rng.choice without replacement of more items than the population: NumPy's ValueError, uncaught.
import numpy as np
rng = np.random.default_rng(0)
print(rng.choice(5, 3, replace=False))
print(rng.choice(5, 6, replace=False))
