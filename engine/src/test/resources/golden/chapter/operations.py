import numpy as np
a = np.array([1, 2, 3])
b = np.array([4, 5, 6])
print(a + b)  # [5, 7, 9]
print(repr(a + b))
print(2 * a)  # [2, 4, 6]
print(np.dot(a, b))  # 1*4 + 2*5 + 3*6 = 32
print(a @ b)  # same thing, modern syntax
print(repr(np.dot(a, b)), repr(a @ b))
print(a - b, a * b, a / b)
print(b / 2, b // 2, b % 4, a ** 2)
