# np.random.choice with p=: the cdf/searchsorted draws, replace=False rounds, size tuples, empty samples.
import numpy as np
np.random.seed(5)
p = np.array([0.05, 0.05, 0.1, 0.3, 0.5])
print(np.random.choice(5, 4, replace=False, p=p), np.random.choice(5, 5, replace=False, p=p), np.random.choice([1.5, 2.5, 3.5, 4.5, 5.5], (2, 2), replace=False, p=p))
print(np.random.choice(5, 20, p=p), np.random.choice(5, p=p), repr(np.random.choice(5, p=p)), repr(np.random.choice(np.arange(5) * 10, p=p)))
w = np.arange(1, 11) / 55
print(np.random.choice(10, 9, replace=False, p=w), np.random.choice(10, size=(3, 3), p=w))
print(np.random.choice(3, 0), np.random.choice([], 0), np.random.choice(3, size=(2, 0)).shape)
np.random.seed(0)
print(np.random.choice(100, 10, p=np.ones(100) / 100), np.random.choice(3, 2, p=[1/3, 1/3, 1/3]))
