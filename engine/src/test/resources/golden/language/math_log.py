# math.log, math.log10 and math.log2 as glibc computes them (log10 is off in the last digit for about 4 in
# 100 arguments), ints past a double through CPython's frexp path, and the gauss draws that use log.
import math
import random
import numpy as np

state = 999
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (state >> 11) / (1 << 53)

print(math.log(2 ** 70 + 1), math.log(10 ** 400), math.log10(10 ** 400), math.log(2 ** 1023 * 3), math.log(10 ** 400, 10))
print(math.log(2 ** 1024 - 1), math.log10(2 ** 1024 - 2 ** 960), math.log(7 ** 500, 7), math.log10(True), math.log(8, 2), math.log2(2 ** 3000 + 1), math.log2(1 << 1023))
for i in range(100):
    x = rnd() * 10.0 ** int(rnd() * 60 - 30)
    print(math.log(x), math.log10(x), math.log(x, 3.0), math.log2(x))
for i in range(150):
    x = 1 + (rnd() - 0.5) * 0.14
    print(math.log(x), math.log10(x), math.log2(x))
for i in range(100):
    n = int(rnd() * 10 ** 18) * 10 ** int(rnd() * 30) + 1
    print(math.log(n), math.log10(n), math.log(n, 2), math.log2(n))
random.seed(5)
print([random.gauss(0, 1) for _ in range(100)])
np.random.seed(3)
print(np.random.standard_normal(300).tolist())
print(np.random.normal(2.0, 3.0, 200).tolist())
