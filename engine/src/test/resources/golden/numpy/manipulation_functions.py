import numpy as np

A = np.arange(12).reshape(3, 4)
F = np.arange(24.0).reshape(2, 3, 4) / 7
B = np.array([[True, False, True], [False, False, True]])
e = np.zeros((0, 3))

print("diagonal")
print(np.diagonal(A), A.diagonal(1), A.diagonal(-1), A.diagonal(offset=3), A.diagonal(5), A.diagonal(-3))
print(np.diagonal(F), np.diagonal(F, 1, 0, 2), np.diagonal(F, axis1=2, axis2=1), np.diagonal(F, -1, -1, 0))
print(np.diagonal(B), np.diagonal(e), np.diagonal(e).dtype, repr(np.diagonal(np.eye(3) * 1j)))
d = A.diagonal()
d2 = d * 10
print(A, d2)

print("full_like / empty_like")
print(np.full_like(A, 2.7), np.full_like(A, 2.7, dtype=float), np.full_like([1.5, 2], np.nan))
print(repr(np.full_like(B, 1)), repr(np.full_like(F[0], -1)), repr(np.full_like(e, 3)))
for x in [A, F, B, e]:
    y = np.empty_like(x)
    print(y.shape, y.dtype, np.empty_like(x, dtype=int).dtype)

print("flip")
print(np.flip(A), np.flip(A, 0), np.flip(A, 1), np.flip(A, -1), np.flip(F, (0, 2)), np.flip(np.arange(5)))
print(np.fliplr(A), np.flipud(A), np.flipud(np.arange(4)), np.fliplr(F))
v = np.flip(A, 1)
v[0, 0] = 100
print(A[0], np.flip(B), np.flip(e), np.flip(np.array(3.5)))
A[0, 3] = 3

print("roll")
x = np.arange(10)
print(np.roll(x, 2), np.roll(x, -2), np.roll(x, 12), np.roll(x, 0), np.roll(x, (1, 2)))
print(np.roll(A, 1), np.roll(A, 1, axis=0), np.roll(A, -1, axis=1), np.roll(A, (1, 2), axis=(0, 1)))
print(np.roll(A, 1, axis=(0, 0)), np.roll(A, (1, -1), axis=1), np.roll(F, 5), np.roll(e, 2, axis=0), np.roll(e, 1))
print(np.roll(B, 1), np.roll(A, 2, axis=-1), np.roll(np.arange(6.0), np.int64(4)))

print("tile")
print(np.tile(x[:3], 2), np.tile(x[:3], (2, 2)), np.tile(A, 2), np.tile(A, (2, 1)), np.tile(A, (2, 1, 2)).shape)
print(np.tile(5, 3), np.tile([1.5, 2], (1, 1)), np.tile(B, (1, 2)), np.tile(A, (2, 0)), np.tile(A, ()), np.tile(e, 2))
print(np.tile([[1, 2]], [3]), np.tile(np.array(2.5), (2, 2)))

print("repeat")
print(np.repeat(x[:4], 2), np.repeat(A, 2), np.repeat(A, 2, axis=0), np.repeat(A, [1, 0, 2], axis=0))
print(np.repeat(A, [1, 2, 0, 3], axis=1), np.repeat(A, 0), np.repeat(7, 3), np.repeat(B, 2, axis=-1), A.repeat(2, axis=1))
print(np.repeat(F, 2, axis=1).shape, np.repeat(e, 3, axis=1), np.repeat([1.5, 2.5], [2, 1]), np.repeat(A, 1.9))

print("diff")
y = np.array([1, 4, 9, 16, 25, 36])
print(np.diff(y), np.diff(y, 2), np.diff(y, n=5), np.diff(y, n=7), np.diff(y, 0) is y)
print(np.diff(A), np.diff(A, axis=0), np.diff(A, 2, axis=1), np.diff(A, axis=-2))
print(np.diff(F), np.diff(y * 0.1), np.diff([True, False, False, True]), np.diff(B, axis=0))
print(np.diff(y, prepend=0), np.diff(y, append=[100, 200]), np.diff(A, axis=0, prepend=A[:1] * 0), np.diff(e), np.diff(e, axis=0))
print(np.diff(np.array([1.0, np.nan, np.inf, np.inf, -np.inf])), np.diff([1]), np.diff(y, prepend=0.5))

print("append")
print(np.append(x[:3], [7, 8]), np.append(A, 1.5), np.append(A, A, axis=0), np.append(A, [[1], [2], [3]], axis=1))
print(np.append([1, 2], [[3, 4]]), np.append(B, True), np.append(e, [[1, 2, 3]], axis=0), np.append([], [1, 2]))

print("swapaxes / moveaxis")
print(np.swapaxes(A, 0, 1), np.swapaxes(F, 0, 2).shape, np.swapaxes(F, -1, 1).shape, A.swapaxes(1, 0).shape)
s = np.swapaxes(A, 0, 1)
s[0, 0] = -5
print(A[0, 0], np.moveaxis(F, 0, -1).shape, np.moveaxis(F, -1, 0).shape, np.moveaxis(F, [0, 1], [-1, -2]).shape)
print(np.moveaxis(F, (0, 2), (2, 0)).shape, np.moveaxis(A, 0, 1), np.moveaxis(F, [2, 0], [0, 1]).shape)
print(np.moveaxis(np.zeros((2, 3, 4, 5)), [0, 3, 1], [3, 0, 2]).shape, np.moveaxis(F, [], []).shape)
A[0, 0] = 0

print("kron")
I2 = np.eye(2)
print(np.kron(I2, A[:2, :2]), np.kron([1, 2], [10, 20, 30]), np.kron(A[:2, :3], [[1], [-1]]))
print(np.kron(2, 3), np.kron([1, 2], [[1], [2]]), np.kron([True, False], [2, 3]), np.kron(F[:, :2, :2], I2).shape)
print(np.kron(np.array([0.1, 0.2]), np.array([0.3, 0.7])), np.kron([[1, 2]], 3), np.kron(e, A).shape)

print("trunc")
vals = np.array([-2.5, -1.5, -0.5, -0.0, 0.0, 0.4999999999999999, 0.5, 1.5, 2.7, -2.7, 1e300, -1e-300,
                 4503599627370495.5, -4503599627370495.5, 9007199254740993.0, np.inf, -np.inf, np.nan])
print(np.trunc(vals), repr(np.trunc(vals)))
print(np.trunc(-2.5), np.trunc(3), np.trunc(True), repr(np.trunc(A)), repr(np.trunc(B)), np.trunc([1.5, -1.5]))
print(np.trunc(np.linspace(-3, 3, 25)), np.trunc(e))

print("atleast_2d")
print(repr(np.atleast_2d(1)), repr(np.atleast_2d([1, 2])), np.atleast_2d(A) is A, np.atleast_2d(F).shape)
print(np.atleast_2d(1, [1, 2], A), np.atleast_2d(), np.atleast_2d(np.array([])).shape, np.atleast_2d(2.5))

print("split / array_split")
z = np.arange(10)
print(np.split(z, 2), np.split(z, 5), np.split(z, [3, 7]), np.split(z, [2, 20, -1]), np.split(z, []))
print(np.split(A, 3), np.split(A, 2, axis=1), np.split(A, [1], axis=-1), np.split(F, 2, axis=2)[1].shape)
print(np.array_split(z, 3), np.array_split(z, 4), np.array_split(z, 12), np.array_split(A, 2), np.array_split(A, 3, axis=1))
print(np.array_split(e, 2), np.array_split(z, [3, 3, 5]), np.split(z, np.array([4, 6])), np.array_split(z, 2.5))
parts = np.split(z, 2)
parts[0][0] = 99
print(z, type(parts).__name__, len(np.array_split(z, 1)))
