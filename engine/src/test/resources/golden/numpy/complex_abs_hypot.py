# abs(complex) and np.hypot are C's hypot (glibc's algorithm); np.abs of complex arrays is NumPy's SIMD
# formula larger * sqrt(fma(ratio, ratio, 1)); both over the whole exponent range, subnormals included
import random
import numpy as np
random.seed(3)
vals = []
for i in range(1200):
    e1, e2 = random.randint(-1074, 1023), random.randint(-1074, 1023)
    if random.random() < 0.6:
        e2 = max(-1074, min(1023, e1 + random.randint(-60, 60)))
    vals.append(((random.random() - 0.5) * 2.0 ** e1, (random.random() - 0.5) * 2.0 ** e2))
vals += [(0.0, 0.0), (-0.0, 5e-324), (5e-324, 5e-324), (3.0, 4.0), (1.0, 1.0), (1e308, 1e-308), (2.0 ** -1074, 1.0),
         (1e200, 1e200), (float("inf"), float("nan")), (float("nan"), float("-inf")), (float("nan"), 1.0)]
print([abs(complex(x, y)) for x, y in vals])
z = np.array([complex(x, y) for x, y in vals])
print(np.abs(z).tolist())
print(np.abs(z[::3]).tolist())
print(np.hypot(np.array([v[0] for v in vals]), np.array([v[1] for v in vals])).tolist())
print([abs(v) for v in z[:200]], [np.abs(v) for v in z[:200]])
print(np.abs(np.linalg.eigvals(np.array([[0.0, -2.0], [3.0, 0.5]]))))
print(np.abs(np.array([1.7976931348623157e308 + 1.7976931348623157e308j])), np.hypot(1e308, 1e308))
try:
    abs(complex(1.7976931348623157e308, 1.7976931348623157e308))
except OverflowError as e:
    print("OverflowError:", e)
