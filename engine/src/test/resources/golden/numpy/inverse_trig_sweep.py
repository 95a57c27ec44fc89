# Inverse trigonometric functions over many arguments: every digit must match CPython and NumPy
# (Basis computes them in double-double with an exact fallback, the same on the JVM and in Wasm).
import math
import numpy as np

xs = [i / 97 - 1 for i in range(195)] + [1e-300, -1e-300, 1 - 1e-12, -1 + 1e-12, 0.5, 0.7071067811865476]
print([math.asin(x) for x in xs[:60]])
print([math.acos(x) for x in xs[60:120]])
print([math.atan(x * 1e3) for x in xs[120:]])
pairs = [(math.sin(k) * 10 ** (k % 7 - 3), math.cos(3 * k) * 10 ** (k % 5 - 2)) for k in range(1, 120)]
print([math.atan2(y, x) for y, x in pairs])
a = np.array(xs)
print(repr(np.arcsin(a)[::7]))
print(repr(np.arccos(a)[3::11]))
print(repr(np.arctan(a * 50)[::9]))
print(repr(np.arctan2(a[:60], a[60:120])))
print(np.degrees(np.arccos(np.clip(np.array([0.3, -0.9, 0.99999]), -1, 1))))
