# Vector dot products to the last digit: NumPy calls BLAS ddot, whose vectorised kernel accumulates in
# several lanes for 16 elements and more; @, np.dot, ndarray.dot, inner, vdot and norm all go through it.
import numpy as np
rng = np.random.default_rng(21)
for n in (3, 15, 16, 17, 31, 32, 33, 47, 48, 64, 100, 257, 1000, 5000):
    x = rng.normal(size=n)
    y = rng.uniform(-2, 2, size=n)
    print(n, repr(x @ y), repr(np.dot(x, y)), repr(x.dot(y)), repr(np.inner(x, y)), repr(np.vdot(x, y)))
    print(n, repr(np.linalg.norm(x)), repr(np.linalg.norm(y, 2)), repr(np.sqrt(x @ x)), repr(x @ y / (np.linalg.norm(x) * np.linalg.norm(y))))
M = rng.normal(size=(8, 9))
print(repr(np.linalg.norm(M)), repr(np.linalg.norm(M, 'fro')), repr(np.linalg.norm(M.T)))
a = np.arange(40.0) / 7
print(repr(a @ a), repr(a @ a[::-1]), repr(a[::2] @ a[1::2]), repr(np.arange(40) @ a))
rng = np.random.default_rng(4)
for n in (2, 5, 7, 13, 40, 101):
    X = rng.normal(size=(n, 3))
    print(n, repr(X[:, 0] @ X[:, 1]), repr(X[::-1, 2] @ X[:, 0]), repr(np.dot(X[:, 2], X[:, 2])), repr(X[:, 1] @ np.arange(n)))
for n in (2, 5, 13, 20, 40, 101):
    a = rng.normal(size=2 * n)
    b = rng.normal(size=n)
    print(n, repr(a[:n] @ b[::-1]), repr(np.dot(a[:n], b[::-1])), repr(np.inner(a[:n], b[::-1])), repr(np.vdot(a[:n], b[::-1])))
    print(n, repr(a[::2] @ b), repr(np.dot(a[::2], b)), repr(np.vdot(a[::2], b)), repr(a[1::2].dot(b)), repr(np.arange(n) @ b[::-1]))
