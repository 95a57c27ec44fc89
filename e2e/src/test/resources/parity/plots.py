# matplotlib.pyplot: every kind of figure, shown; the SVGs must be the same bytes on both sides.
import math
import numpy as np
import matplotlib.pyplot as plt

a = np.array([2.0, 1.0])
b = np.array([0.5, 1.5])
plt.figure()
plt.quiver([0, 0], [0, 0], [a[0], b[0]], [a[1], b[1]], angles='xy', scale_units='xy', scale=1, color=['C0', 'C1'])
plt.arrow(0, 0, 1.0, -0.5, color='red', label='c')
plt.axis('equal')
plt.grid(True)
plt.title('a and b: angle ' + str(round(math.degrees(math.acos(a @ b / np.linalg.norm(a) / np.linalg.norm(b))), 1)))
plt.show()

rng = np.random.default_rng(0)
X = rng.normal(size=(60, 2)) @ np.array([[2.0, 0.8], [0.0, 0.5]])
plt.scatter(X[:, 0], X[:, 1], s=12, label='points')
plt.plot([-3, 3], [-1.2, 1.2], 'r--', label='axis')
plt.plot(np.linspace(-2, 2, 9), np.linspace(-1, 1, 9) ** 2, 'go-')
plt.xlabel('x <1>')
plt.ylabel('y & z')
plt.legend()
plt.xlim(-4, 4)
plt.show()

plt.bar(['a', 'b', 'c'], [3, 1.5, 0.25])
plt.figure()
plt.hist(rng.normal(size=200), bins=12, color='gray')
plt.figure()
plt.imshow(np.array([[1.0, 0.5, 0.0], [0.2, 0.3, 0.5], [0.0, 0.0, -1e-3]]))
plt.title('attention')
plt.plot([1e-7, 2e-7, 3e-7])
plt.show()
print('shown')
