# cov/corrcoef to the last digit (NumPy's centring, X @ X.T and 1/(N - ddof) factor) and cross over 2-/3-vectors with broadcasting.
import numpy as np
rng = np.random.default_rng(3)
for shape in [(2, 5), (3, 10), (4, 7), (5, 40), (1, 6), (6, 3)]:
    X = rng.normal(size=shape) * 3 + 1
    print(np.cov(X).tolist())
    print(np.corrcoef(X).tolist())
    print(np.cov(X, rowvar=False).tolist())
    print(np.cov(X, ddof=0).tolist(), np.cov(X[0], X[-1]).tolist())
x = np.array([1., 2, 3, 4, 5]); y = np.array([2., 4.1, 6.3, 7.9, 10.2])
print(np.cov(x, y), np.corrcoef(x, y)[0, 1], repr(np.corrcoef(x, x)), repr(np.cov(x)), repr(np.corrcoef(x)))
print(np.cov(np.arange(12).reshape(3, 4)), np.cov([[1, 2], [3, 4]], bias=True), np.cov(np.eye(3)))
print(np.cross(np.arange(12.0).reshape(4, 3), [1, -1, 2]).tolist(), np.cross([1, 2], [3, 4, 5]), np.cross([1, 2, 3], [4, 5]), np.cross([[1, 2], [3, 4]], [[5, 6], [7, 8]]))
print(repr(np.cross([1.5, 0], [0, 2.5])), np.cross([0.1, 0.2, 0.3], [0.4, 0.5, 0.6]).tolist())
