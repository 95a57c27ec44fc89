# Generator.exponential / standard_exponential: NumPy's 256-layer exponential ziggurat (the tail
# values past ziggurat_exp_r included), array scales broadcast against size, and scale < 0 (-0.0 too,
# as NumPy checks the sign bit; normal's scale likewise).
import numpy as np
rng = np.random.default_rng(12345)
print(repr(rng.exponential()), rng.exponential(2.0, 4), rng.exponential(scale=3, size=(2, 2)), repr(rng.standard_exponential()), rng.standard_exponential((2, 3)))
print(rng.exponential([1, 2]), rng.exponential([[1], [2]], size=(2, 3)), repr(rng.exponential(scale=3, size=())), rng.exponential(size=0), repr(rng.exponential(0.0)), repr(rng.exponential(np.nan)))
print(rng.standard_exponential(size=2, dtype=np.float64), rng.exponential(scale=0.5, size=3).round(4))
for seed in range(8):
    rng = np.random.default_rng(seed)
    e = rng.exponential(1.5, 20000)
    tail = e > 1.5 * 7.69711747013105
    print(seed, e.sum(), e.max(), e.min(), tail.sum(), e[tail][:3], rng.standard_exponential(5000).sum())
rng = np.random.default_rng(1)
e = rng.standard_exponential(200000)
print(np.nonzero(e > 7.69711747013105)[0][:10], e[e > 7.69711747013105][:10].tolist())
for f in [lambda: rng.exponential(-1), lambda: rng.exponential(-0.0), lambda: rng.exponential([1, -1]), lambda: rng.normal(0, -0.0),
          lambda: np.random.normal(0, -0.0), lambda: rng.normal([0, 0], [1, -0.0])]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
