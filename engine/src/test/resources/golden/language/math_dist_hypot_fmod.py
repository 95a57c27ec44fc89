# math.dist and math.hypot (CPython's scaled, error-free sum of squares: the last bit too), math.fmod (exact)
import math
import numpy as np

seed = 2024
def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return (seed >> 11) / 2**53

print(math.dist([0, 0], [3, 4]), math.dist((1, 2, 3), (4, 5, 6.5)), math.dist([], []), math.dist([2.5], [-1]), math.dist(range(3), [1, 1, 1]))
print(math.dist(np.array([1.0, 2.0]), np.array([4.0, 6.0])), math.dist([np.int64(3), True], [0, False]), math.dist({1: 0, 2: 0}, {3: 0, 4: 0}))
print(math.dist([float("inf")], [float("inf")]), math.dist([float("nan"), float("inf")], [0, 0]), math.dist([float("nan"), 1], [0, 0]))
print(math.dist([5e-324], [0]), math.dist([5e-324, 5e-324], [0, 0]), math.dist([1e-310, 3e-310], [0, 0]), math.dist([1e308, 1e308], [-1e308, -1e308]))
print(math.hypot(), math.hypot(-3), math.hypot(3, 4), math.hypot(1, 2, 2), math.hypot(1e200, 1e200), math.hypot(1e-200, 1e-200), math.hypot(float("nan"), float("inf")))
dists, hypots = [], []
for t in range(400):
    n = 1 + t % 5
    scale = 10.0 ** (int(rnd() * 60) - 30)
    p = [(rnd() - 0.5) * scale for _ in range(n)]
    q = [(rnd() - 0.5) * scale for _ in range(n)]
    dists.append(math.dist(p, q))
    hypots.append(math.hypot(*p))
    hypots.append(math.hypot(p[0], q[0]))
print(dists)
print(hypots)
for args in [([1, 2], [1]), (1, 2), (["a"], [1]), ([1j], [1]), ([None], [1]), ([10**400], [1]), (np.array([[1.0, 2.0]]), np.array([[1.0, 2.0]]))]:
    try:
        math.dist(*args)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for call in [lambda: math.dist([1]), lambda: math.dist(p=[1], q=[2]), lambda: math.hypot(x=1), lambda: math.hypot("a")]:
    try:
        call()
    except TypeError as e:
        print(e)

for x in [7, -7, 7.5, -7.5, 0.3, 1e300, -0.0, 0.0, 2.0, 6, -6, 1e-310, 5e-324, 1.7976931348623157e308]:
    print(x, [math.fmod(x, y) for y in [3, -3, 0.1, -0.1, 2.5, 1e-300, 1e-310, 5e-324, 1e300, float("inf"), float("-inf"), float("nan")]])
print(math.fmod(np.float64(5.5), 2), math.fmod(True, 2), math.fmod(np.array(5.0), 3), math.fmod(float("nan"), 0), math.fmod(float("inf"), float("nan")))
fm = []
for t in range(300):
    x = (rnd() - 0.5) * 10.0 ** (int(rnd() * 40) - 20)
    y = (rnd() - 0.5) * 10.0 ** (int(rnd() * 40) - 20)
    fm.append(math.fmod(x, y))
print(fm)
for args in [(1, 0), (1, 0.0), (float("inf"), 2), (float("-inf"), float("inf")), ("a", 1), (10**400, 3), (1,), (1, 2, 3)]:
    try:
        math.fmod(*args)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
