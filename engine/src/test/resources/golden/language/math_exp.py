# math.exp as glibc computes it (about 9 in 10,000 results are off the correctly rounded value in the
# last digit), and NumPy's ziggurat draws, whose accept tests call the C library's exp.
import math
import numpy as np

state = 4242
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (state >> 11) / (1 << 53)

print(math.exp(1.0), math.exp(-745.1), math.exp(709.78), math.exp(1e-300), math.exp(-0.0))
for i in range(400):
    x = (rnd() - 0.5) * 40
    print(math.exp(x), math.exp(x / 1000), math.exp(-0.5 * x * x / 50))
for i in range(100):
    print(math.exp(-700 - rnd() * 45.2), math.exp(700 + rnd() * 9.7))
rng = np.random.default_rng(2024)
x = rng.standard_normal(300000)
print(x[-5:].tolist(), x[::30000].tolist())
e = rng.standard_exponential(300000)
print(e[-5:].tolist(), e[::30000].tolist())
print(rng.normal(1.0, 2.0, 5).tolist(), rng.exponential(3.0, 5).tolist())
