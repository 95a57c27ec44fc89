import numpy as np

try:
    np.ones((100000, 100000))
except MemoryError as e:
    print("MemoryError", e)
big = np.arange(1500.0)
print(big)
print(repr(big.reshape(30, 50)))
x = [[i * j for j in range(200)] for i in range(3)]
print(len(x), sum(x[2]))
print("a" * 10)
