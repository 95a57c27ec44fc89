# math.tan as glibc computes it (about 1 in 600 results are off the correctly rounded value in the last
# digit), over every branch of glibc's s_tan.c.
import math

state = 31337
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (state >> 11) / (1 << 53)

print(math.tan(1.0), math.tan(1e-9), math.tan(-0.0), math.tan(0.0608), math.tan(0.787), math.tan(25.0))
print(math.tan(1e8), math.tan(1e22), math.tan(1.7976931348623157e308), math.tan(math.pi / 2), math.tan(math.pi))
for i in range(300):
    x = (rnd() - 0.5) * 2
    print(math.tan(x), math.tan(x * 25), math.tan(x * 1e7), math.tan(x * 1e15), math.tan(x / 20))
for i in range(100):
    k = int((rnd() - 0.5) * 40)
    print(math.tan(k * math.pi / 2 + (rnd() - 0.5) * 0.14), math.tan(k * 1e6 * math.pi / 2 + (rnd() - 0.5) * 0.14))
