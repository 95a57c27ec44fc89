import numpy as np
rng = np.random.default_rng(123)
for trial in range(15):
    n = int(rng.integers(1, 3000))
    x = rng.normal(size=n) * [1e-3, 1.0, 1e6][int(rng.integers(0, 3))]
    q = float(rng.random() * 100)
    w = rng.random(n)
    print(repr(np.percentile(x, q)), repr(np.quantile(x, q / 100)), repr(np.median(x)), repr(np.average(x, weights=w)))
    xi = rng.integers(-1000, 1000, size=n)
    print(repr(np.percentile(xi, q)), repr(np.median(xi)), repr(np.average(xi, weights=xi * 0 + 3)), repr(np.average(x)))
    m = x[: (n // 7) * 7].reshape(-1, 7)
    if m.size:
        print(np.average(m, axis=0, weights=w[: m.shape[0]]).tolist(), np.median(m, axis=0).tolist(), np.percentile(m, q, axis=1)[:3].tolist())
        print(np.nanmean(m, axis=1)[:3].tolist(), np.nansum(m, axis=0).tolist(), np.average(m, axis=1, weights=w[:7]).tolist()[:4])
    y = rng.normal(size=n) * 10
    print(np.trunc(y[:50]).tolist())
