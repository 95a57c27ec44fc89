# generator expressions are lazy, as in CPython: any/all stop early, inner iterables are
# evaluated per item, errors surface at the item that raises
import math
g = (x for x in range(3))
print(type(g).__name__)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration:
    print("stop")
print(list(g))
pairs = ((i, j) for i in range(3) for j in range(i))
print(list(pairs))
print(sum(x * y for x in range(4) if x % 2 for y in range(x) if y))
print(",".join(str(v) for v in [1, 2, 3]))
print(dict((k, k * k) for k in range(4)))
print(sorted((-x for x in [3, 1, 2]), reverse=True))
print(tuple(c.upper() for c in "abc"))
a, b = (x + 1 for x in range(2))
print(a, b)
z = zip((print("L", i) or i for i in range(5)), [10, 20])
print(list(z))
g = (x for x in [1, 2, 3, 4])
print(3 in g, list(g))
fs = list((lambda: i) for i in range(3))
print([f() for f in fs])
g = (1 / x for x in [2, 1, 0, 5])
try:
    for v in g:
        print(v)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(list(g))
g = (y for x in [[1], 2, [3]] for y in x)
print(next(g))
try:
    print(next(g))
except TypeError as e:
    print("TypeError:", e)
print(next(g, "done"))
try:
    max(x for x in [])
except ValueError as e:
    print(e)
print(min((abs(v) for v in [-3, 2, -1]), default=None))
print(any(math.isnan(v) for v in [1.0, float("nan"), 1 / 1]))
print(all(v > 0 for v in []))
def first_neg(xs):
    return next((x for x in xs if x < 0), None)
print(first_neg([3, -2, -5]), first_neg([]))
print(set(x % 3 for x in range(10)))
print(enumerate(x for x in "ab").__class__.__name__ if False else list(enumerate(x for x in "ab")))
print(list(map(lambda t: t * 2, (x for x in range(3)))))
print(list(filter(None, (x % 2 for x in range(5)))))
print(list(reversed([x for x in range(3)])))
outer = [[1, 2], [3]]
g = (v for row in outer for v in row)
outer.append([4])
print(list(g))
def gen_all():
    return all(x for x in range(10**12))
print(gen_all())
print(any(x > 5 for x in range(10**12)))
g = (x for x in range(3))
print(list(zip(g, g)))
