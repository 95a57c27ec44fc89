import numpy as np

# The SVD's rotation sweeps and its bidiagonalization run in the browser's WebAssembly SIMD
# kernels (basis.web.SimdRotations, SimdReflectors), on the JVM in the engine's Java loops: the bits
# must agree. Shapes: square, tall, tall through QR first, wide, small (the exact path's rotations
# too), lengths that are not multiples of the kernels' blocks, rank deficient (zero shifts, 2 x 2
# blocks split off, identity rotations), zero columns and -0.0 rows, lstsq (rotations of C too).
# Each result is printed in full bits through sums weighted by an irregular pattern.


def data(m, n, seed):
    i = np.arange(m * n).reshape(m, n)
    x = ((i * (seed + 7)) % 1009 - 504.5) / 97.0
    x[::5, ::3] = 0.0
    x[1::7, ::4] = -0.0
    return x


def weights(shape):
    return np.sin(np.arange(shape[0] * shape[1]) * 0.7 + 0.3).reshape(shape)


def negative_zeros(x):
    """-0.0 elements: atan2(-0.0, -1) = -pi, atan2(0.0, -1) = pi."""
    return int((np.arctan2(x, -1.0) < 0).sum() - (x < 0).sum())


def show(name, a, full=True):
    u, s, vt = np.linalg.svd(a, full_matrices=full)
    print(name, u.shape, vt.shape, repr(s.sum()), repr(s[0]), repr(s[-1]), repr((u * weights(u.shape)).sum()),
          repr((vt * weights(vt.shape)).sum()), repr(u[-1, 0]), repr(vt[0, -1]), negative_zeros(u), negative_zeros(vt))


show("square", data(200, 200, 1))
show("tall", data(300, 170, 2), False)
show("tall qr first", data(500, 100, 3), False)
show("wide", data(170, 230, 4), False)
show("small", data(20, 20, 6))
show("small wide", data(16, 30, 7))
show("odd", data(37, 29, 8))

low = data(181, 7, 9) @ data(7, 181, 10)
show("rank 7", low)

z = data(190, 190, 11)
z[:, 50:60] = 0.0
z[100:, :] = -0.0
show("zeros", z)

show("diagonal", np.diag(np.arange(1.0, 61.0)) + 0.0)

x, res, rank, sv = np.linalg.lstsq(data(180, 170, 12), data(180, 3, 13), rcond=None)
print("lstsq", repr(x.sum()), repr((x * weights(x.shape)).sum()), rank, repr(sv.sum()))
