import math
print(math.sqrt(2), math.pi, math.floor(-2.5), math.ceil(2.1), math.hypot(3, 4), math.log(100, 10), math.log2(8), math.log10(1000))
print(math.isclose(0.1 + 0.2, 0.3), math.fsum([0.1] * 10), sum([0.1] * 10), math.factorial(20), math.gcd(12, 18))
print(math.atan2(1, 1), math.degrees(math.pi), math.radians(180), math.exp(1), math.cos(0), math.prod([1, 2, 3, 4]))
from math import sqrt, pi
print(sqrt(16), pi)
print(f"{1/3:.5f}", f"{1e-7:.2e}", f"{123456.789:,.2f}", f"{0.5:.0%}", f"{42:08.3f}", f"{-3:+d}", f"{7:b}")
print(f"{'left':<10}|{'right':>10}|{'mid':^10}|")
print(f"{3.0:g} {1e20:g} {1.5e-5:g} {100000.0:g} {1234567.0:g}")
print("%.3f %e %g %5s|%-5s|" % (2.5, 12345.678, 0.00001234, "ab", "cd"))
x = [1, 2, 3]
y = x
y.append(4)
print(x, x is y, x == [1, 2, 3, 4], [1, 2] < [1, 3], (1, 2) < (1, 2, 0))
print(list(range(0)), [] == [], {} == {}, set() == set(), None == 0)
a = b = 5
a += 1
print(a, b)
s = "abc"
print(s * 0, s[10:], s[-100:2], s[::-2])
print(int("  12  "), int("-7"), float("1e3"), float(" -2.5 "), int(True), float(False))
print(str(1e100), str(1.0e-100), 1e15, 1e16, 12345678901234567.0, 0.000123, 1.5e-7)
print(2**63, -2**63, 2**64 - 1, (2**64) // 3, (2**70) % 7, -(2**65) // 3)
print(10 / 4, 10 // 4, -10 // 4, 10 % -4, 2 ** 0.5, (-8) ** 2, 0 ** 0)
print(7.0 // 2, 7.5 % 2, -7.5 % 2, 1e300 * 1e300, -1e300 * 1e300)
print(round(0.125, 2), round(0.375, 2), round(2.5), round(-1.5), round(1e20), round(3.14159, 3))
print(abs(-0.0), -0.0, 0.0 == -0.0, float("-0"))
print(bool([]), bool([0]), bool(""), bool(" "), bool(0.0), bool(None))
print(max([1, 5, 3], key=lambda v: -v), min("bca"), sorted({"b": 1, "a": 2}), sum([[1], [2]], []))
print(list(zip(*[[1, 2, 3], [4, 5, 6]])), dict(zip("ab", [1, 2])))
print(isinstance(3, int), isinstance(3.0, int), isinstance(True, int), isinstance("x", (int, str)), type(3) == int)
print(type(3).__name__, type(3.0), type("x"), type([]), type(None), type(len))
print(repr(None), repr(1.0), repr([1.0, "a", None, True]), str((1, "a")))
