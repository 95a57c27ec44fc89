# math.sin/math.cos and np.sin/np.cos as glibc computes them (about 1 in 700 results are off the
# correctly rounded value in the last digit), over every branch of glibc's s_sin.c, and random.gauss,
# which calls them.
import math
import random
import numpy as np

state = 777
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (state >> 11) / (1 << 53)

print(math.sin(1.0), math.cos(1.0), math.sin(1e-9), math.cos(1e-9), math.sin(-0.0), math.cos(-0.0))
print(math.sin(1e22), math.cos(1e22), math.sin(1.7976931348623157e308), math.cos(1.7976931348623157e308))
print(math.sin(math.pi), math.cos(math.pi / 2), math.sin(1e6 * math.pi), math.cos(105414350.0))
for i in range(300):
    x = (rnd() - 0.5) * 8
    print(math.sin(x), math.cos(x), math.sin(x / 20), math.cos(x * 100), math.sin(x * 1e7), math.cos(x * 1e12))
a = np.array([(rnd() - 0.5) * 2 ** (rnd() * 60 - 20) for i in range(2000)])
s = np.sin(a)
c = np.cos(a)
print(s[:8].tolist(), c[:8].tolist())
print(repr(float(s.sum())), repr(float(c.sum())), s[::97].tolist(), c[::97].tolist())
print(np.sin(np.array([0.5, 2.0, 1e10, -3.0])), np.cos(np.float64(0.7)), np.sin(0.7))
random.seed(5)
print([random.gauss() for i in range(10)])
print([random.gauss(2.0, 3.0) for i in range(6)])
