# Least squares, pseudo-inverse, Cholesky.
import numpy as np

x = np.array([1., 2, 3, 4, 5])
y = np.array([1.1, 2.9, 5.2, 7.1, 8.8])
A = np.column_stack([x, np.ones_like(x)])
coef, res, rank, sv = np.linalg.lstsq(A, y, rcond=None)
print(np.round(coef, 8))
print(np.round(res, 8))
print(rank)
print(np.round(sv, 8))
m, c = np.linalg.lstsq(A, y)[0]
print(round(m, 6), round(c, 6))

P = np.linalg.pinv(A)
print(np.round(P, 8))
print(np.round(P @ y, 8))
print(np.round(np.linalg.pinv(np.array([[1., 2], [2, 4]])), 8))
print(np.round(np.linalg.pinv(np.array([[1., 2], [3, 4]])), 8))

V = np.column_stack([x ** 2, x, np.ones_like(x)])
print(np.round(np.linalg.lstsq(V, y, rcond=None)[0], 8))
Y = np.column_stack([y, 2 * y])
sol = np.linalg.lstsq(A, Y, rcond=None)[0]
print(np.round(sol, 8))

S = np.array([[4., 2], [2, 3]])
L = np.linalg.cholesky(S)
print(L)
print(L @ L.T)
print(np.linalg.cholesky(np.array([[25., 15, -5], [15, 18, 0], [-5, 0, 11]])))
print(np.linalg.cholesky(S, upper=True))
G = np.array([[2., -1, 0], [-1, 2, -1], [0, -1, 2]])
print(np.linalg.cholesky(G))
