import numpy as np

# Matrices large enough for the decompositions' fast path (m * n * min(m, n) >= 2^22: plain
# arithmetic, blocked kernels) and a tall one through the exact path's long-arithmetic dnrm2: the
# last bits must agree in the browser and on the JVM. repr of a float64 scalar shows all its bits.
n = 200
k = np.arange(n * n, dtype=float).reshape(n, n)
a = np.sin(k * k * 1e-3)
s = a + a.T
b = np.sin(np.arange(n) * 1.3)

x = np.linalg.solve(a, b)
print(repr(x[:3]), repr(x.sum()), repr((x * x).sum()))

w, v = np.linalg.eigh(s)
print(repr(w[:3]), repr(w[-3:]), repr(w.sum()), repr((v * np.arange(n)).sum()), repr(np.abs(v).sum()))

u, sv, vt = np.linalg.svd(a)
print(repr(sv[:3]), repr(sv[-3:]), repr((u * np.arange(n)).sum()), repr((vt * np.arange(n)).sum()))

t = np.sin(np.arange(2000.0).reshape(1000, 2) ** 2 * 1e-2)
u2, s2, vt2 = np.linalg.svd(t, full_matrices=False)
print(repr(s2), repr(u2.sum()), repr(vt2))
