# np.cov keeps the layout of its input (np.array's order 'K'): cov(X.T) of a C-ordered X sums its
# mean and products in the same order as cov(X, rowvar=False)
import numpy as np
rng = np.random.default_rng(3)
for n in [10, 50, 100, 200]:
    X = rng.normal(size=(n, 3))
    print(X.T.mean(axis=1).tolist(), X.T.sum(axis=1).tolist(), X.mean(axis=0).tolist())
    print(np.cov(X, rowvar=False).tolist())
    print(np.cov(X.T).tolist())
    print(np.cov(X.T, ddof=0).tolist(), np.cov(X[:, 0], X[:, 1]).tolist())
    print(np.corrcoef(X.T).tolist())
    Xc = X - X.mean(axis=0)
    print((Xc.T @ Xc / (n - 1)).tolist())
