# x ** y, pow, math.pow and np.float64 ** y as glibc's pow computes them (not correctly rounded:
# 10.0 ** 210 is 1.0000000000000001e+210), over every branch: random binades, negative x with
# integer y, x next to 1 with large y, results next to overflow and in the subnormals.
import math
import numpy as np

state = 12345
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (state >> 11) / (1 << 53)

print(10.0 ** 210, 2.0 ** 0.5, 1.1 ** 10, 10 ** -2, 3 ** -5, 7 ** -13, 2.5 ** 2.0, 0.1 ** 3)
print(math.pow(10.0, 210), pow(10.0, 210), np.float64(10.0) ** 210, 10.0 ** np.float64(210))
print((-2.0) ** float('nan'), math.pow(-2.0, float('nan')), (-2.0) ** float('inf'), (-0.5) ** float('inf'))
print(0.0 ** float('-inf'), math.pow(0.0, float('-inf')), (-0.0) ** float('-inf'), math.pow(-0.0, float('-inf')))
print(np.float64(-8.0) ** 3, np.float64(0.0) ** 2, np.float64(2.0) ** -1074, np.float64(2.0) ** -1080)
for i in range(400):
    x = rnd() * 10.0 ** int(rnd() * 40 - 20)
    y = (rnd() - 0.5) * 20
    print(repr(x ** y), repr(pow(x, y)))
for i in range(200):
    x = -rnd() * 30
    n = int(rnd() * 60) - 30
    print(x ** n, x ** float(n), math.pow(x, n), np.float64(x) ** n)
for i in range(200):
    x = 1 + (rnd() - 0.5) * 1e-6
    y = (rnd() - 0.5) * 1e9
    print(x ** y, math.pow(x, y), np.float64(x) ** np.float64(y))
for i in range(200):
    x = rnd() * 5 + 0.01
    t, e = x, 0
    while t >= 2:
        t, e = t / 2, e + 1
    while t < 1:
        t, e = t * 2, e - 1
    y = (rnd() - 0.5) * 2 * 745 / ((e + t - 1) * 0.6931471805599453 or 0.5)
    try:
        r = x ** y
    except OverflowError as e:
        r = str(e)
    print(r, np.float64(x) ** y)
for i in range(400):
    x = rnd() * 2.0 ** -1040
    y = rnd() * 1.2 - 0.1
    print(x ** y, x ** 2.0, x ** 0.5)
