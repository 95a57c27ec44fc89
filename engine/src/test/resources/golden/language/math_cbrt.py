# math.cbrt. Basis rounds the cube root correctly. CPython calls the C library's cbrt, and glibc's
# (2.36 here) is off by one ulp for roughly half of all arguments: 2.0, 10.0, 216.0 and 0.125 among them
# (math.cbrt(216.0) is 6.000000000000001 there). So this program prints full reprs only for
# arguments where the two agree, and the rest to 12 significant digits: the last bit is the one
# known difference.
import math
import numpy as np

print(math.cbrt(8), math.cbrt(-8), math.cbrt(64.0), math.cbrt(125), math.cbrt(-1000), math.cbrt(1), math.cbrt(0.001), math.cbrt(3.0))
print(math.cbrt(0.5), math.cbrt(1e9), math.cbrt(1e300), math.cbrt(1e-300), math.cbrt(1.7976931348623157e308), math.cbrt(2.2250738585072014e-308))
print(math.cbrt(343), math.cbrt(512.0), math.cbrt(4.0), math.cbrt(9), math.cbrt(1e6), math.cbrt(1331), math.cbrt(np.float64(64)), math.cbrt(True))
print(math.cbrt(0.0), math.cbrt(-0.0), math.cbrt(float("inf")), math.cbrt(float("-inf")), math.cbrt(float("nan")))
print([f"{math.cbrt(x):.12g}" for x in [2, 10, 216, 0.125, 0.1, 5e-324, 1e-310, 729, -2, 1e100, 123.456, 2**0.5]])
print([f"{math.cbrt(k / 7):.12g}" for k in range(-20, 21)])
print(all(abs(math.cbrt(k) ** 3 - k) <= 1e-12 * abs(k) for k in range(1, 3000)))
for call in [lambda: math.cbrt("a"), lambda: math.cbrt(), lambda: math.cbrt(1, 2), lambda: math.cbrt(x=1), lambda: math.cbrt(1j), lambda: math.cbrt(10**400)]:
    try:
        call()
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
