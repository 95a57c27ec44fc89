# Determinants, inverses and linear systems as students write them.
import numpy as np

A = np.array([[1, 2], [3, 4]])
print(np.linalg.det(A))
print(np.linalg.inv(A))
print(np.linalg.solve(A, [5, 6]))
print(A @ np.linalg.inv(A))

B = np.array([[2., -1, 0], [-1, 2, -1], [0, -1, 2]])
print(np.linalg.det(B))
print(np.linalg.inv(B))
x = np.linalg.solve(B, np.array([1., 0, 1]))
print(x)
print(np.allclose(B @ x, [1, 0, 1]))

C = np.array([[4, -2, 1], [3, 6, -4], [2, 1, 8]])
print(np.linalg.det(C))
print(repr(np.linalg.det(C)))
print(np.linalg.solve(C, np.array([[12, 1], [-25, 0], [32, 2]])))
print(np.linalg.inv(C))

D = np.array([[1., 2, 3], [4, 5, 6], [7, 8, 10]])
print(np.linalg.det(D), np.linalg.det(D.T))
sign, logdet = np.linalg.slogdet(D)
print(sign, logdet)
print(np.linalg.det(np.array([[1, 2], [2, 4]])))
s0, l0 = np.linalg.slogdet(np.array([[1, 2], [2, 4]]))
print(s0, l0)
print(np.linalg.det(np.eye(4)), np.linalg.det(3 * np.eye(3)))

H = 1.0 / (np.arange(5)[:, None] + np.arange(5) + 1)
print(np.linalg.det(H))
print(np.linalg.solve(H, np.ones(5)))

rng = np.random.default_rng(42)
M = rng.normal(size=(6, 6))
print(np.linalg.det(M))
print(np.linalg.solve(M, np.arange(6.0)))
print(np.round(np.linalg.inv(M) @ M, 10))
for n in range(1, 8):
    R = rng.integers(-5, 6, size=(n, n))
    print(n, np.linalg.det(R))
