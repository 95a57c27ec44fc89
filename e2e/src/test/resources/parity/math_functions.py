import math
import numpy as np

xs = [0.001, 0.1, 0.5, 1.0, 2.0, 3.7, 10.0, 123.456, 1e-10, 1e10]
for x in xs:
    print(x, math.sqrt(x), math.exp(-x), math.log(x), math.log2(x), math.log10(x), math.sin(x), math.cos(x),
          math.tan(x), math.atan(x), math.hypot(x, 2.0), math.degrees(x), math.radians(x))
print(math.acos(0.3), math.asin(0.3), math.floor(-2.5), math.ceil(-2.5), math.fabs(-3.0), math.prod([1.5, 2, 3]))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.isclose(0.1 + 0.2, 0.3), math.pi, math.e)
a = np.array(xs)
print(np.sqrt(a))
print(np.exp(-a))
print(np.log(a))
print(np.tanh(a))
print(np.sin(a), np.cos(a), np.tan(a), sep="\n")
print(np.arccos(np.array([0.3, -1.0, 1.0])), np.arcsin(np.array([0.3])), sep="\n")
print(np.power(a, 0.5), np.floor(a * 3.3), np.ceil(-a), np.round(a * 1.2345, 2), sep="\n")
print(a.sum(), a.mean(), a.std(), a.var(), np.cumsum(a), np.prod(a[:4]), sep="\n")
