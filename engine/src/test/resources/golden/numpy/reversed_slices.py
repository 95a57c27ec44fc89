import numpy as np
a = np.arange(6)
print(a[::-1], a[::-2], a[4:1:-1], a[-1:-7:-1], a[10:-10:-1], a[:-10:-1], a[5::-3])
M = np.arange(12).reshape(3, 4)
print(M[::-1], M[:, ::-1], M[::-1, 1:3], M[-1::-2, ::-3])
M[:, ::-1] = np.arange(4)
print(M)
b = np.arange(5.0)
b[::-2] = 0
print(b, b[100:], b[-100:2], b[::1000])
