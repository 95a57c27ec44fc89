import numpy as np

# Products large enough (n * k * m >= 2^22) for the blocked path: in the browser the Wasm SIMD
# kernel (basis.web.SimdGemm), on the JVM the engine's Java loops. Each product is checked, on each
# side, against the contract written out with elementwise operations (from 0.0, acc = acc + a*b for
# q ascending: the same bits), and a few elements print all their bits. Shapes: multiples of the
# kernel's blocks and not, 1 x N and N x 1, longer than a k-block (256), views, integer operands,
# stacks, NaN / inf / -0.0, empty.


SCALES = np.array([1e-3, 1e-2, 0.1, 1.0, 10.0, 100.0, 1000.0])


def data(n, k, seed):
    i = np.arange(n * k).reshape(n, k)
    x = ((i * (seed + 7)) % 1009 - 504.5) / 97.0 * SCALES[i % 7]
    x[::5, ::3] = 0.0
    x[1::7, ::4] = -0.0
    return x


def reference(a, b):
    acc = np.zeros((a.shape[0], b.shape[1]))
    for q in range(a.shape[1]):
        acc = acc + a[:, q:q + 1] * b[q:q + 1, :]
    return acc


def same(c, r):
    nan = np.isnan(c)
    if not (nan == np.isnan(r)).all():
        return False
    ok = (c == r) | nan
    # -0.0 against 0.0: equal as numbers, so compare the zeros' signs too (atan2(-0.0, -1) = -pi)
    zero = c == 0
    signs = ((np.arctan2(c, -1.0) > 0) == (np.arctan2(r, -1.0) > 0)) | ~zero
    return bool(ok.all()) and bool(signs.all())


def agrees(c, a, b):
    """Some rows in full and some columns in full against the contract (all of C would take long)."""
    n, m = c.shape
    rows = sorted(set(i for i in [0, 1, n // 2, n - 1] if i < n))
    cols = sorted(set(j for j in [0, 7, 8, m // 2, m - 1] if j < m))
    return same(c[rows, :], reference(a[rows, :], b)) and same(c[:, cols], reference(a, b[:, cols]))


def check(name, a, b):
    c = a @ b
    print(name, c.shape, agrees(c, a, b), repr(c[0, 0]), repr(c[-1, -1]), repr(c[c.shape[0] // 2, c.shape[1] // 3]), repr(c.sum()))


for n, k, m in [(256, 256, 256), (161, 170, 163), (1, 4100, 1030), (1030, 4100, 1), (3, 1500, 1000),
                (300, 257, 129), (9, 515, 1030), (129, 260, 131), (2, 2100, 1001)]:
    check(f"{n}x{k}x{m}", data(n, k, 1), data(k, m, 2))

a = data(330, 300, 3)
b = data(300, 260, 4)
check("transposed", b.T, a.T)
check("strided", a[::2, :], b[:, ::2][:, :100] * 1.0 + 0.0 * b[:, 1::2][:, :100])
check("views", a[1::2, 3:], b[3:, 1:])

ai = (np.arange(200 * 210).reshape(200, 210) % 17) - 8
bf = data(210, 190, 5)
check("int @ float", ai, bf)
check("float @ int", bf.T, ai.T)

special = data(200, 200, 6)
special[3, 4] = np.nan
special[10, :] = np.inf
special[:, 20] = -np.inf
special[50, 60] = -0.0
other = data(200, 200, 7)
other[4, 7] = np.inf
other[9, :] = -0.0
c = special @ other
print("special", agrees(c, special, other), int(np.isnan(c).sum()), int(np.isinf(c).sum()), repr(c[10, 5]), repr(c[3, 7]), repr(c[0, 7]))

neg = -np.abs(data(180, 190, 8)) - 0.0
pos = np.zeros((190, 170))
pos[::2, :] = -0.0
c = neg @ pos
print("zeros", agrees(c, neg, pos), repr(c[0, 0]), bool((np.arctan2(c, -1.0) > 0).all()))

stack = np.stack([data(130, 140, 9), data(130, 140, 10), data(130, 140, 11)])
rhs = data(140, 240, 12)
cs = stack @ rhs
print("stack", cs.shape, all(agrees(cs[i], stack[i], rhs) for i in range(3)), repr(cs.sum()))

e = np.zeros((0, 3000)) @ np.zeros((3000, 2000))
f = np.zeros((2000, 0)) @ np.zeros((0, 3000))
print("empty", e.shape, f.shape, repr(f.sum()))

# The decompositions' fast path multiplies through the same kernel (LU's trailing update, the
# blocked reflectors of QR, SVD, eigh): odd sizes, every bit printed.
g = data(263, 263, 13) + np.eye(263) * 3.0
x = np.linalg.solve(g, np.sin(np.arange(263.0)))
print("solve", [repr(v) for v in x[:3]], repr(x.sum()))
q, r = np.linalg.qr(data(300, 170, 14))
print("qr", repr(q.sum()), repr(r.sum()), repr(np.abs(q).sum()))
u, s, vt = np.linalg.svd(data(170, 230, 15))
print("svd", [repr(v) for v in s[:3]], repr(s.sum()), repr(np.abs(u).sum()), repr(np.abs(vt).sum()))
sym = data(181, 181, 16)
w, v = np.linalg.eigh(sym + sym.T)
print("eigh", [repr(v) for v in w[:3]], repr(w.sum()), repr(np.abs(v).sum()))
print("inv", repr(np.linalg.inv(g).sum()), repr(np.abs(np.linalg.inv(g)).sum()))
