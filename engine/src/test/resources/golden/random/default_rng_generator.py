# default_rng(seed): random/normal/integers with size, keyword and dtype variants, endpoint=, big bounds and big seeds.
import numpy as np
rng = np.random.default_rng(12345)
print(rng.random(), rng.random(3), rng.random((2, 2)), rng.random(size=2))
print(rng.normal(), rng.normal(5), rng.normal(0, 2, 3), rng.normal(size=(2, 2)), rng.normal(loc=1, scale=0.1, size=2))
print(rng.integers(10), rng.integers(1, 7, size=5), rng.integers(0, 100, (2, 3)), rng.integers(5, size=3), rng.integers(0, 2, size=4, endpoint=True), rng.integers(-3, 3, size=6))
print(rng.integers(0, 10, size=3, dtype=np.int64), rng.integers(0, 10, size=3, dtype=int), rng.random(2, dtype=np.float64), rng.integers(0, 2**40, size=2), rng.integers(10**12))
print(repr(rng.random()), repr(rng.normal()), repr(rng.integers(5)), type(rng.integers(5)), repr(rng.integers(0, 5, size=1)))
print(rng.normal([0, 100], [1, 0.01]), rng.normal(size=0), rng.integers(3, size=(2, 2)))
r1 = np.random.default_rng(0); r2 = np.random.default_rng(0); print(r1.random() == r2.random())
rng = np.random.default_rng(seed=2024); print(rng.integers(low=1, high=7, size=10)); print(rng.normal(loc=170, scale=10, size=4).round(2))
rng = np.random.default_rng(2**63 + 5); print(rng.random(2))
rng = np.random.default_rng(1); print(rng.random((3, 3)).round(3)); print(rng.integers(0, 256, size=8)); print(rng.integers(0, 3, size=20))
