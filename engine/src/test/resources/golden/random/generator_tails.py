# The ziggurats' tails and the inverse-cdf exponential, to the last digit: NumPy draws them through
# glibc's log1p (Basis reproduces its FMA build bit for bit), so every tail value is printed in full.
import numpy as np
for seed in [109, 7, 2024]:
    rng = np.random.default_rng(seed)
    x = rng.normal(size=150000)
    t = x[np.abs(x) > 3.6541528853610088]
    print(seed, len(t), [repr(v) for v in t.tolist()])
    e = rng.standard_exponential(100000)
    print(seed, [repr(v) for v in e[e > 7.69711747013105].tolist()])
rng = np.random.default_rng(3)
inv = rng.standard_exponential(3000, method='inv')
print(inv[:5].tolist(), repr(inv.sum()), repr(inv.max()), repr(inv.min()))
print([repr(v) for v in inv[inv > 6].tolist()])
print(rng.standard_exponential(method='inv'), rng.standard_exponential((2, 2), method='other'))
