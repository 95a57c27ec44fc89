# Matrix products to the last digit where OpenBLAS's small-matrix dgemm kernels (SkylakeX) do not sum
# each element in one FMA chain: a result's last 1-4 columns past a multiple of 8 with 16 or more terms,
# and a @ b.T (b row-major) with 32 or more terms and at most 1200 elements. Also the shapes around
# those limits, transposed, strided and integer operands, and matrix-vector products with strided x.
import numpy as np
rng = np.random.default_rng(17)
for (m, k, n) in [(20, 16, 2), (20, 64, 2), (5, 16, 3), (2, 20, 7), (30, 17, 4), (7, 40, 1), (3, 33, 3),
                  (9, 16, 5), (6, 15, 3), (7, 16, 1), (13, 23, 9), (5, 31, 10), (6, 19, 11), (3, 47, 12),
                  (4, 80, 20), (2, 24, 13)]:
    a = rng.uniform(-2, 2, size=(m, k))
    b = rng.uniform(-2, 2, size=(k, n))
    print(m, k, n, (a @ b).tolist())
    print(' T', (a @ b.T.copy().T).tolist())
    print(' A', (a.T.copy().T @ b).tolist(), (a.T.copy().T @ b.T.copy().T).tolist())
for (m, k, n) in [(23, 78, 40), (9, 31, 9), (40, 32, 31), (12, 50, 3)]:
    a = rng.uniform(-2, 2, size=(m, k))
    c = rng.uniform(-2, 2, size=(n, k))
    print(m, k, n, 'a @ c.T', (a @ c.T).tolist())
a = rng.uniform(-2, 2, size=(6, 40))
b = rng.uniform(-2, 2, size=(20, 3))
print((a[:, ::2] @ b).tolist())
print((a[::-1, :20] @ b).tolist())
print((a[:, :20] @ b[::-1]).tolist())
print(np.dot(a[:, :20], b).tolist(), a[:, :20].dot(b[:, :2]).tolist())
print((np.arange(120).reshape(6, 20) @ b).tolist())
print((a[:, :20] @ np.arange(60).reshape(20, 3)).tolist())
# projecting centred data onto two directions (as onto the first two principal axes)
X = rng.uniform(0, 10, size=(30, 18))
Xc = X - X.mean(axis=0)
V = rng.uniform(-1, 1, size=(18, 18))
print((Xc @ V[:, :2]).tolist(), (Xc @ V[:, :2].copy()).tolist())
# matrix-vector products whose vector has a stride: dgemv_n takes the last columns one by one
for (m, k) in [(1, 35), (3, 23), (1, 6), (5, 17)]:
    A = rng.uniform(-2, 2, size=(k, 23))
    x = rng.uniform(-2, 2, size=3 * k)
    print(m, k, (x[::3] @ A).tolist(), (A.T @ x[1::3]).tolist())
# an array times its own transpose is dsyrk, not dgemm
A = rng.uniform(-2, 2, size=(5, 20))
B = rng.uniform(-2, 2, size=(7, 40))
print((A @ A.T).tolist(), (B @ B.T).tolist(), (B[:, :4].T @ B[:, :4]).tolist(), np.dot(A, A.T).tolist())
