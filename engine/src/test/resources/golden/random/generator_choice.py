# Generator.choice: ints and arrays, with and without replacement (Floyd's algorithm, and the tail
# shuffle NumPy switches to when pop_size > 10000 and size > pop_size // 50, or // 20 with
# shuffle=False), p= (cdf + searchsorted; rounds of unique draws without replacement), axis=,
# size=() and scalars, empty samples, and NumPy's messages for bad arguments.
import numpy as np
rng = np.random.default_rng(42)
print(rng.choice(5), repr(rng.choice(5)), repr(rng.choice([1.5, 2.5, 3.5])), repr(rng.choice(np.int64(7), 3)))
print(rng.choice(10, 5), rng.choice(10, 5, replace=False), rng.choice(10, 10, replace=False), rng.choice(100, (2, 3), replace=False))
print(rng.choice(4, (2, 2), replace=False, shuffle=False), rng.choice(1, 1, replace=False), rng.choice([7], 3), rng.choice(2**40, 3), rng.choice(2**33, 3, replace=False))
p = [0.1, 0.2, 0.3, 0.2, 0.2]
print(rng.choice(5, 8, p=p), rng.choice(5, 3, replace=False, p=p), rng.choice(5, 5, replace=False, p=p), rng.choice(5, p=p), rng.choice([0.5, 1.5, 2.5], p=[0, 0.5, 0.5]))
for seed in range(3):
    rng = np.random.default_rng(seed)
    for pop, size in [(10001, 200), (10001, 201), (10001, 500), (10001, 501), (10000, 5000), (20000, 400), (20000, 401), (3000, 3000), (70000, 70000)]:
        for shuffle in (True, False):
            c = rng.choice(pop, size, replace=False, shuffle=shuffle)
            print(pop, size, shuffle, c.sum(), c[:4], c[-4:], len(set(c.tolist())) == size)
    w = rng.random(30)
    w /= w.sum()
    print(rng.choice(30, 10, p=w), rng.choice(30, 30, replace=False, p=w), rng.choice(30, (2, 5), replace=False, p=w), rng.choice(30, 1000, p=w).sum())
A = np.arange(12).reshape(3, 4)
rng = np.random.default_rng(7)
print(rng.choice(A), rng.choice(A, 2), rng.choice(A, axis=1), rng.choice(A, 3, axis=1, replace=False), rng.choice(A, (2, 2), axis=-1), rng.choice(A, 2, p=[0.2, 0.3, 0.5]))
print(repr(rng.choice(A, size=())), repr(rng.choice(5, size=())), repr(rng.choice([1.5, 2.5], size=())), repr(rng.choice(np.array(4))), repr(rng.choice(True)))
print(rng.choice([True, False], 5), rng.choice([1 + 2j, 3j], 3), rng.choice(3, 2, p=[0, 0, 1]))
c = rng.choice(A)
c[0] = 99
print(A[0], repr(rng.choice(-3, 0)), repr(rng.choice(0, 0)), repr(rng.choice([], 0)), repr(rng.choice(3, 0, replace=False)), repr(rng.choice(5, (3, 0))))
bad = [lambda: rng.choice(5.0), lambda: rng.choice(0), lambda: rng.choice([]), lambda: rng.choice(3, 4, replace=False),
       lambda: rng.choice(-3, 0, replace=False), lambda: rng.choice(3, p=[0.5, 0.5]), lambda: rng.choice(3, p=[0.5, 0.5, 0.5]),
       lambda: rng.choice(3, p=[0.5, 0.6, -0.1]), lambda: rng.choice(3, p=[0.5, np.nan, 0.5]), lambda: rng.choice(3, p=[[0.5, 0.5, 0]]),
       lambda: rng.choice(3, p=0.5), lambda: rng.choice(3, 3, replace=False, p=[0.5, 0.5, 0]), lambda: rng.choice(None),
       lambda: rng.choice('abc'), lambda: rng.choice(A, axis=2), lambda: rng.choice(np.array(3.0))]
for f in bad:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(rng.random())
