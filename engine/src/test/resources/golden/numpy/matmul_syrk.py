# An array times its own transpose (A @ A.T, A.T @ A, np.dot(A, A.T) on the same memory) is NumPy's
# cblas_dsyrk, not dgemm: OpenBLAS computes one triangle in k blocks of up to 384 terms, its kernel's
# tiles of 4, 2 or 1 rows past a multiple of 16 summing in 2 or 4 chains when their columns are in
# a group of 12, as the 32 x 32 diagonal tiles, row blocks and (above (n+1)*n*k = 440000) the two
# threads' split of the triangle cut it; NumPy copies the triangle to the other half.
import numpy as np
rng = np.random.default_rng(29)
def u(*shape):
    return rng.uniform(-2, 2, size=shape)
a = u(20, 50)
print((a @ a.T).tolist())
a = u(31, 600)
print((a @ a.T)[12:].tolist())
a = u(45, 100)
print((a @ a.T)[::3, 28:].tolist())
a = u(100, 300)
print((a @ a.T)[60:, ::2].tolist())
a = u(150, 40)
print((a @ a.T)[::4, 92:].tolist(), np.dot(a, a.T)[140:, 120:].tolist())
a = u(190, 12)
print((a @ a.T)[170:, ::3].tolist())
a = u(3, 600)
print((a.T @ a)[::37, 380:].tolist())
a = u(50, 70)
print((a.T @ a)[44:, 30:].tolist())
a = u(60, 90)
print((a[::2] @ a[::2].T)[12:, 16:].tolist())
x = u(40, 64)
xn = x / np.linalg.norm(x, axis=1, keepdims=True)
print((xn @ xn.T)[25:, 20:].tolist())
