# Every indexing form (ints, negatives, slices, tuples, None/newaxis, masks, fancy) for reading and assignment, views vs copies, iteration.
import numpy as np
M = np.arange(20).reshape(4, 5)
print(M[2], M[-1], M[1, 3], M[-1, -2], M[1][3], M[:, 0], M[1:, ::2], M[::-1, ::-2], M[:2], M[1:3, 1:3], M[..., -1], M[:, -2:], sep='\n')
print(repr(M[1, 3]), repr(M[0]), M[:, 0].shape, M[:, 0:1].shape, M[1:2].shape, M[None].shape, M[:, None].shape, M[:, :, np.newaxis].shape, M[None, 0].shape)
v = np.arange(5.0)
print(v[None, :] * v[:, None], v[np.newaxis].shape, v[:, np.newaxis].shape, v[[0, 0, -1]], v[np.array([4, 1])], v[v > 1.5], v[(v > 0) & (v < 4)], v[[True, False, True, False, True]], sep='\n')
print(M[M % 2 == 0], M[[0, 2]], M[[0, 2], [1, 3]], M[:, [0, -1]], M[[1, 2], 1:3], M[np.array([[0, 1], [2, 3]])].shape, M[[3, 0], :][:, [4, 0]], M[M[:, 0] > 5], M[1, [0, 2]], sep='\n')
print(repr(M[[1]]), repr(M[[0, 1], [0, 1]]), repr(v[[]]), repr(M[0, [True, False, True, False, False]]))
W = np.zeros((3, 4))
W[0] = 1; W[1, :] = [1, 2, 3, 4]; W[:, 0] = -1; W[2, 1:3] = 7; W[-1, -1] = 9
print(W)
W[W > 2] = 0; W[[0, 2], [1, 3]] = 5; W[:, [2]] = 8; W[np.array([True, False, True])] *= 10; print(W)
W[1] += 100; W[..., 0] = np.arange(3); W[None, 0, 0] = 42; print(W)
u = np.arange(10); u[::2] = 0; u[u == 0] = -1; u[[1, 3]] += 1; u[2:5] = np.array([7, 8, 9]); print(u)
u[u > 5] = u[u > 5] * 10; u[-3:] = 3.9; print(u)
i = np.array([0, 1, 1]); w = np.zeros(3); w[i] += 1; print(w)
B = np.arange(24).reshape(2, 3, 4); print(B[1, 2], B[:, 1, :], B[..., 0], B[0, :, ::3], B[:, -1, -1], B[1, ...].shape, sep='\n')
b = M[1:3, 1:3]; b[0, 0] = -99; print(M[1, 1]); f = M[[1, 2]]; f[0, 0] = 555; print(M[1, 0])
x = np.array([5, 6, 7]); x[1] = 2.7; print(x); y = np.array([1.5, 2.5]); y[0] = True; print(y); z = np.array([True, False]); z[1] = 5; print(z)
print(M[1:3][0], M.T[0], M[:, 1].reshape(2, 2), M[0][::-1], M[-4], sep='\n')
for row in M[:2]:
    print(row, row.sum())
for k in np.arange(3):
    print(k, type(k), repr(k))
print([e for e in np.array([1.5, 2.5])], list(np.array([True, False])), list(np.eye(2)))
print(3 in np.arange(5), 10 in np.arange(5), 1.5 in np.array([1.5]))
