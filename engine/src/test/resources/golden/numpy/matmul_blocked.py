# Matrix products past OpenBLAS's small-matrix kernels (over 10^6 multiply-adds, or a @ b.T with more
# than 1200 elements or fewer than 32 terms): the blocked dgemm on two threads. Terms are summed in
# blocks of up to 384 per element, and the kernel's tiles of 4, 2 or 1 rows past a multiple of 16 sum
# in 2 or 4 chains when their columns are in a group of 12, which the threads' split decides.
import numpy as np
rng = np.random.default_rng(23)
def u(*shape):
    return rng.uniform(-2, 2, size=shape)
a, b = u(100, 120), u(120, 100)
print((a @ b)[::2, 88:].tolist())
a, b = u(30, 1000), u(1000, 40)
print((a @ b).tolist())
a, b = u(17, 1001), u(1001, 91)
print((a.T.copy().T @ b).tolist())
a, b = u(20, 250), u(300, 20)
print((a.T @ b.T)[::5, 236:].tolist())
a, b = u(457, 29), u(29, 252)
print((a @ b)[::6, 240:].tolist())
a, b = u(50, 40), u(300, 40)
print((a @ b.T)[:, 280:].tolist(), np.dot(a, b.T)[:3, :20].tolist())
a, b = u(30, 30), u(250, 30)
print((a @ b.T)[:, 236:].tolist())
a, b = u(41, 1400), u(70, 1400)
print((a[:, ::2] @ b[::2, ::2].T).tolist())
print((np.arange(2400).reshape(20, 120) % 7 @ u(120, 500))[:, 480:].tolist())
