def f(a, b=2, *args, c=3, **kw):
    return a, b, args, c, kw
print(f(1), f(1, 5, 6, 7, c=8, d=9), f(*[1, 2, 3]), f(**{"a": 1, "z": 0}), f(1, *(2, 3), **{"c": 4}))
def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c = counter(); c(); c(); print(c(10))
total = 0
def add(v):
    global total
    total += v
add(5); add(6); print(total)
sq = lambda x: x * x
print(sq(4), (lambda *a: sum(a))(1, 2, 3), (lambda x, y=1: x + y)(1), list(map(lambda p: p[0], [(1, 2)])))
fs = [lambda x, i=i: x + i for i in range(3)]
print([g(10) for g in fs])
print([x * y for x in range(3) for y in range(3) if x != y], {k: v for k, v in zip("ab", [1, 2])}, {n % 3 for n in range(7)})
print([[i * j for j in range(3)] for i in range(3)], [x if x > 0 else 0 for x in [-1, 2, -3]])
print(sum(x for x in range(10) if x % 2), "".join(str(d) for d in range(5)), tuple(i for i in "ab"), list(x ** 2 for x in [1, 2]))
gen = (x * 2 for x in range(3))
print(next(gen), list(gen), list(gen))
def apply(fn, *a, **k):
    return fn(*a, **k)
print(apply(max, 3, 7), apply(sorted, [3, 1], reverse=True), apply(f, 1, c=0))
def kwonly(a, *, b):
    return a + b
print(kwonly(1, b=2))
def deco(fn):
    def wrapper(*a, **k):
        print("calling", fn.__name__)
        return fn(*a, **k)
    return wrapper
@deco
def hello(name):
    return "hi " + name
print(hello("bob"))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), fact(25), 2 ** 100, -7 // 2, -7 % 2, 7 % -3, -7.5 // 2, -7.5 % 2, 10 ** 20 // 3)
print(1 < 2 < 3, 1 < 3 < 2, 2 == 2.0, 0.1 + 0.2 == 0.3, 1 is 1 if False else None, [] is [], None is None, "a" < "b" < "c")
x = [1, 2]; y = x; print(y is x, y == [1, 2], [1, 2] is not x)
print(0.1 + 0.2, 1 / 3, 2 / 3, 1e22, 1e-4, 0.00001, 123456789.123456789, 3.0 * 1.1, 1.0, -0.0, float(2 ** 53 + 1), 1e308 * 10)
print(round(0.5), round(1.5), round(2.5), round(-1.5), 7 / 2, 7 // 2, 2 ** -1, 2 ** 0.5, (-8) ** (1 / 3) if False else 0, 10 / 5)
print(True + True, True * 3, int(True), 3 * "ab", [0] * 3, (1,) * 2, not 0, not [], 5 and 0, 0 or "x", None or [] or 0)
print(9 ** 0.5, 2 ** 63, -2 ** 2, (-2) ** 2, 2 ** 3 ** 2, 17 & 5, 17 | 5, 17 ^ 5, ~5, 1 << 10, 1024 >> 3)
i = 0
while i < 10:
    i += 1
    if i % 2: continue
    if i > 6: break
else:
    print("no break")
print(i)
for n in range(3):
    pass
else:
    print("for-else", n)
for n in []:
    pass
print(n)
if (m := 5) > 3: print("walrus", m)
a = b = c = 0; a += 1; b -= 1; c *= 2; print(a, b, c)
s = "x"; s += "y"; s *= 2; print(s)
v = 10; v //= 3; v **= 2; v %= 5; print(v); v /= 2; print(v)
lst = [1, 2, 3]; lst[0] += 10; print(lst)
dd = {"a": 1}; dd["a"] += 1; dd["b"] = dd.get("b", 0) + 1; print(dd)
del dd["a"]; print(dd)
x = 5
def shadow():
    x = 1
    return x
print(shadow(), x)
def outer():
    vals = []
    def push(v): vals.append(v)
    push(1); push(2)
    return vals
print(outer())
def doc():
    "docstring"
    return "doc"
print(doc(), doc.__name__)
def noret(): pass
print(noret())
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*matrix)], [row[1] for row in matrix], sum(map(sum, matrix)))
print(sorted(["b10", "a2", "a10"], key=lambda s: (s[0], int(s[1:]))), max(matrix, key=sum), sorted(matrix, key=lambda r: -r[0]))
nums = [5, 3, 8]
nums2 = nums[:]; nums2.sort(); print(nums, nums2, nums[::-1], nums[-1], nums[1:-1], nums[10:], nums[-10:2])
print(list(range(0)), list(range(-3)), list(range(5, 0, -1)), "abcdef"[::-2], "abcdef"[5:0:-2], [1, 2, 3, 4][::-3])
print(isinstance([], list), type([]) == list, type(1) is int, str(3.0), int("-5"), float("-.5"), repr(0.1), 10 / 4, 1e3)
print(max(3, 3.0), min(0, -0.0), sum([0.1] * 10), 3 * 0.1, round(3.14159, 3), round(-3.14159, 1), abs(-0.0))
print("%.2f" % 2.675, "%.0f" % 0.5, "%.0f" % 1.5, f"{2.675:.2f}", f"{0.125:.2f}", f"{1e-7:.3e}", str(1e-7), str(12345678901234567.0))
