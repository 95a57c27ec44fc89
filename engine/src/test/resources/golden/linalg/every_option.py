# Every np.linalg function with the options LANGUAGE.md lists: norm ord/axis/keepdims, solve/inv/det shapes, matrix_rank tol, eigh UPLO, svd flags, pinv rcond, lstsq, qr modes.
import numpy as np
A = np.array([[1., 2], [3, 4]])
M = np.arange(12.0).reshape(3, 4) - 5
v = np.array([3., -4, 12])
for o in (None, 1, 2, np.inf, -np.inf, 0, -1, 3, 0.5):
    print(o, repr(np.linalg.norm(v, o)))
for o in (None, 'fro', 'nuc', 1, -1, 2, -2, np.inf, -np.inf):
    print(o, repr(np.linalg.norm(M, o)), repr(np.linalg.norm(A, ord=o)))
for ax in (0, 1, -1):
    print(ax, repr(np.linalg.norm(M, axis=ax)), repr(np.linalg.norm(M, 1, axis=ax)), repr(np.linalg.norm(M, np.inf, axis=ax)), repr(np.linalg.norm(M, ord=2, axis=ax)))
print(repr(np.linalg.norm(M, axis=1, keepdims=True)), repr(np.linalg.norm(M, keepdims=True)), repr(np.linalg.norm(M, axis=(0, 1))), repr(np.linalg.norm(M, 'fro', axis=(1, 0))), repr(np.linalg.norm([1, 2])), repr(np.linalg.norm(np.array([[1, 2]]))))
print(repr(np.linalg.norm(np.arange(3))), repr(np.linalg.norm([])), repr(np.linalg.norm(np.zeros(3))), repr(np.linalg.norm([[3, 4]], axis=1)))
print(repr(np.linalg.solve(A, [1, 2])), repr(np.linalg.solve(A, [[1], [2]])), repr(np.linalg.solve([[2, 0], [0, 4]], [1, 1])), repr(np.linalg.solve(A, np.eye(2))))
print(repr(np.linalg.inv(A)), repr(np.linalg.inv([[2, 0], [0, 4]])), repr(np.linalg.det(A)), repr(np.linalg.det([[2, 0], [0, 4]])), repr(np.linalg.det(np.eye(3))), repr(np.linalg.det(np.zeros((2, 2)))))
print(np.linalg.matrix_rank(A), np.linalg.matrix_rank(np.ones((2, 3))), np.linalg.matrix_rank(np.zeros(3)), np.linalg.matrix_rank(np.array([[1, 1], [1, 1 + 1e-10]])), np.linalg.matrix_rank(np.array([[1, 1], [1, 1 + 1e-10]]), tol=1e-12), type(np.linalg.matrix_rank(A)))
print(repr(np.linalg.matrix_rank(A)), repr(np.linalg.matrix_rank(5)))
print(np.round(np.linalg.eigvalsh(A), 8), np.round(np.linalg.eigvalsh(A, UPLO='U'), 8), np.round(np.linalg.eigh(A, UPLO='U')[0], 8))
print(np.linalg.svd(A, compute_uv=False), np.linalg.svd(M, compute_uv=False).shape, np.linalg.svd(M)[0].shape, np.linalg.svd(M, full_matrices=False)[2].shape, np.linalg.svd(M.T, full_matrices=False)[0].shape)
print(np.round(np.linalg.pinv(M), 6)); print(np.round(np.linalg.pinv(A), 8)); print(np.round(np.linalg.pinv(np.zeros((2, 3))), 8)); print(np.linalg.pinv(np.array([[2.0]])))
print(np.round(np.linalg.pinv(np.array([[1., 2], [2, 4]]), rcond=1e-10), 8))
x, res, rk, sv = np.linalg.lstsq(np.array([[1., 0], [0, 1], [1, 1]]), np.array([1., 2, 2]), rcond=None)
print(repr(x.round(8)), repr(res.round(8)), int(rk), repr(sv.round(8)))
x, res, rk, sv = np.linalg.lstsq(np.array([[1., 1], [1, 1], [1, 1]]), np.array([1., 2, 3]), rcond=None)
print(x.round(8), res, rk, int(rk), sv.round(8))
x, res, rk, sv = np.linalg.lstsq(np.eye(2), np.array([1., 2]), rcond=None)
print(x, res, rk, sv)
print(np.round(np.linalg.qr(M)[0], 6).shape, np.linalg.qr(M, mode='reduced')[1].shape, np.linalg.qr(M.T, mode='complete')[0].shape, np.round(np.linalg.qr(M.T, mode='r'), 6))
print(repr(np.linalg.det(np.array([[1e200, 0], [0, 1e200]]))), repr(np.linalg.det([[0, 1], [1, 0]])), repr(np.linalg.det([[5]])))
