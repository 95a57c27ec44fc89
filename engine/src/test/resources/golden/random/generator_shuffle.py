# Generator.permutation / shuffle / permuted: NumPy's Fisher-Yates with random_interval, from the
# top; rows for n-D arrays and axis=; permuted's lanes along an axis, and its flat shuffle in memory
# order (Fortran order for a transposed array); in place, copies, out=, and the errors.
import numpy as np
for seed in [0, 1, 2024]:
    rng = np.random.default_rng(seed)
    print(rng.permutation(10), rng.permutation(300).sum(), rng.permutation([1, 2, 3, 4]), rng.permutation([1.5, 2.5, 3.5]), rng.permutation(np.int64(4)))
    print(rng.permutation(np.arange(12).reshape(4, 3)), rng.permutation(np.arange(6).reshape(2, 3), axis=1), rng.permutation(np.arange(6).reshape(2, 3), axis=-1))
    print(rng.permutation(0), rng.permutation(-2), rng.permutation(True), rng.permutation(1), rng.permutation([]), rng.permutation(np.zeros((0, 3))))
    x = np.arange(10)
    rng.shuffle(x)
    print(x)
    l = list(range(7))
    rng.shuffle(l)
    print(l)
    m = np.arange(12).reshape(3, 4)
    rng.shuffle(m)
    print(m)
    rng.shuffle(m, axis=1)
    print(m)
    rng.shuffle(m[:, 1])
    print(m)
    rng.shuffle(m.T)
    print(m)
    f = np.linspace(0, 1, 5)
    rng.shuffle(f)
    b = np.array([True, False, False, True])
    rng.shuffle(b)
    c = np.array([1 + 1j, 2, 3j])
    rng.shuffle(c)
    print(f, b, c, rng.shuffle([]), rng.shuffle((1,)))
    print(rng.permuted(np.arange(12).reshape(3, 4)), rng.permuted(np.arange(12).reshape(3, 4), axis=1), rng.permuted(np.arange(12).reshape(3, 4), axis=0))
    print(rng.permuted(np.arange(24).reshape(2, 3, 4), axis=1).ravel(), rng.permuted(np.arange(24).reshape(2, 3, 4), axis=-1).ravel())
    print(rng.permuted(np.arange(24).reshape(2, 3, 4)).ravel(), rng.permuted(np.arange(12).reshape(3, 4).T).ravel(), rng.permuted(np.arange(12).reshape(3, 4).T, axis=0).ravel())
    print(rng.permuted([3, 4, 5]), rng.permuted([3, 4, 5], axis=-1), rng.permuted([True, False, True]), rng.permuted([[1.5, 2], [3, 4]], axis=1), rng.permuted([]), rng.permuted(np.zeros((2, 0)), axis=1))
    o = np.zeros(3)
    r = rng.permuted([1, 2, 3], out=o)
    x = np.arange(10)
    s = rng.permuted(x, out=x)
    print(r is o, o, s is x, x)
rng = np.random.default_rng(5)
bad = [lambda: rng.permutation(5.0), lambda: rng.permutation(np.arange(6).reshape(2, 3), axis=2), lambda: rng.shuffle(np.array(5)),
       lambda: rng.shuffle(5), lambda: rng.shuffle([1, 2], axis=1), lambda: rng.shuffle(np.arange(3), axis=1), lambda: rng.shuffle((1, 2)),
       lambda: rng.shuffle(range(3)), lambda: rng.permuted(np.arange(3), axis=1), lambda: rng.permuted(5), lambda: rng.permuted([1, 2], out=[0, 0]),
       lambda: rng.permuted([1, 2], out=np.zeros(3)), lambda: rng.permuted([1.5, 2], out=np.zeros(2, int)), lambda: rng.permuted([1, 2], 0)]
for f in bad:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(rng.random())
