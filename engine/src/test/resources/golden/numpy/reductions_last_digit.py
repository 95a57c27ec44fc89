# Reductions to the last digit: pairwise summation in sum/mean/std/var over contiguous axes, row-by-row accumulation over axis 0, tuple axes, norms along an axis.
import numpy as np
rng = np.random.default_rng(11)
for n in (7, 8, 9, 16, 100, 127, 128, 129, 1000, 4097, 10001):
    x = rng.random(n) * 10 - 3
    print(n, repr(x.sum()), repr(x.mean()), repr(x.std()), repr(x.var()), repr(np.sum(x * 0.1)), repr(x.cumsum()[-1]), repr(x.prod()))
X = rng.normal(size=(300, 7))
print(X.sum(axis=0).tolist()); print(X.sum(axis=1)[:5].tolist()); print(X.mean(axis=0).tolist()); print(X.std(axis=0).tolist())
print(X.var(axis=1)[:4].tolist(), repr(X.sum()), repr(X.mean()), repr(X.std()))
Y = rng.normal(size=(5, 400))
print(Y.sum(axis=1).tolist(), Y.mean(axis=1).tolist(), Y.std(axis=1, ddof=1).tolist())
print(Y.T.sum(axis=0).tolist(), Y.T.mean(axis=1)[:3].tolist())
Z = rng.normal(size=(4, 30, 50))
print(Z.sum(axis=(1, 2)).tolist(), Z.mean(axis=(0, 2))[:3].tolist(), Z.sum(axis=1)[0, :3].tolist(), repr(Z.sum()), repr(Z.std()))
print(np.linalg.norm(Y, axis=1).tolist(), np.linalg.norm(X, axis=0).tolist())
