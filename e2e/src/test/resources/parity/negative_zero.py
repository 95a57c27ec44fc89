import math
import numpy as np

x = 0.0
print(-0.0, -x, 0.0 * -1, -(-x), math.copysign(1.0, -x))
print(repr(-x), str(-x), f"{-x}", f"{-x:.2f}", round(-0.4), round(-0.4, 1))
z = np.zeros(3)
print(-z, np.negative(z), z * -1, -np.array([0, 1, -2]))
print(np.array([-0.0, 0.0]), np.round(np.array([-0.4, 0.4])), np.sign(np.array([-0.0, 0.0])))
print(-np.float64(0.0), abs(-0.0), max(-0.0, 0.0), min(0.0, -0.0))
