# The interpreter's fast paths (issue 4) against CPython: np.array of flat lists, float64 scalar
# arithmetic, small matmuls and norms, dict.get, s += t (a builder in the browser), augmented
# assignment to locals, plain calls, number formatting, str.split/join/repeat.
import numpy as np
print(repr(np.array([1, 2, 3])), repr(np.array([1, 2.5])), repr(np.array([True, 2])), repr(np.array((1.0,))))
print(repr(np.array([2**62, 1])), np.array([1, 2]).dtype, np.array([1.0, 2]).dtype)
a = np.float64(1.5)
print(repr(a + 2), repr(2 * a), repr(a / 0.5), repr(a - np.float64(0.25)), repr(1 / np.float64(3)), repr(a ** 2))
v = np.array([1.0, 2.0, 3.0])
print(repr(v @ v), repr(np.linalg.norm(v)), repr(v.T @ v), repr(np.ones((2, 3)) @ v), repr(v[:2] @ np.ones((2, 2))))
print(repr(np.linalg.norm(np.arange(6.0).reshape(2, 3).T)), repr(np.arange(6).reshape(2, 3) / 2), repr(v[::-1] * 2 - 1))
d = {"a": 1}
print(d.get("a"), d.get("b"), d.get("b", 5))
try:
    d.get([1])
except TypeError as e:
    print("TypeError", e)
def f():
    s = "x"
    for i in range(5):
        s += str(i)
    t = s
    s += "!"
    return s, t
print(f())
def g():
    try:
        q += 1
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
g()
def h(a, b=2, *c):
    return a, b, c
print(h(1), h(1, 3), h(1, 3, 4))
print(f"{12345:05d}|{-3:+05d}|{1234567:,}|{3.14159:.2f}|{-2.5:=+9.2f}|{255:#x}|{0.5:%}|{42:^7}|{-0.0:.1f}")
x = 1.0
x *= 3.0
x -= 0.5
n = 2**62
n += 2**62
print(x, n)
print(" a\tb\x1cc  d ".split(), "x" * 3, ",".join(["a", "b", "c"]), "".join([]), "-".join(["only"]))
