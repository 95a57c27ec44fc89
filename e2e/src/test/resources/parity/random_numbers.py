import random
import numpy as np

np.random.seed(0)
print(np.random.rand(3))
print(np.random.randn(2, 3))
print(np.random.randint(0, 10, size=5), np.random.normal(1.0, 2.0, 3), np.random.uniform(-1, 1, 2))
print(np.random.choice(5, 3), np.random.permutation(6))
rng = np.random.default_rng(42)
print(rng.normal(size=3), rng.random(2), rng.integers(0, 100, size=4))
random.seed(1)
print(random.random(), random.uniform(1, 2), random.randint(1, 6), random.gauss(0, 1))
items = list(range(8))
random.shuffle(items)
print(items, random.choice(items))
