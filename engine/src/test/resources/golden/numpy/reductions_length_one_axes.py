import numpy as np
rng = np.random.default_rng(11)
for n in [7, 8, 9, 100, 300, 1000, 8193, 20000]:
    x = rng.normal(size=n)
    c = x.reshape(n, 1)
    print(repr(c.sum(axis=0)[0]), repr(c.sum(axis=(0, 1))), repr(c.mean(axis=0)[0]), repr(x.reshape(1, n, 1).sum(axis=1)[0, 0]))
    print(repr(x.reshape(n, 1, 1).sum(axis=0)[0, 0]), repr(c.T.sum(axis=1)[0]), repr(c[::2].sum(axis=0)[0]), repr(np.var(c, axis=0)[0]))
    m = rng.normal(size=(n // 7 + 1, 1, 7))
    print(m.sum(axis=0).tolist(), m.sum(axis=(0, 1)).tolist()[:2], repr(m.sum()), m.std(axis=0).tolist()[0][:2])
    print(np.average(m[:, 0, :], axis=0, weights=np.arange(m.shape[0]) + 1.0).tolist()[:3])
