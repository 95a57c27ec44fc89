import math
import numpy as np
for y in [0.001, 0.1, 0.5, 1.0, 2.0, -3.7, 10.0, 1e-10, 0.0, -0.0, 1e-300]:
    print(y, [math.atan2(y, x) for x in [1.5, -1.5, 2.0, 1e-3, 0.0, -0.0, 1e300, -math.inf, math.inf]])
print([math.atan(x) for x in [0.001, 0.3, 1.0, 1.5, 7.0, 1e10, -2.5, math.inf]])
print([math.asin(x) for x in [0.0, 0.3, 0.5, -0.9, 1.0, 1e-8]], [math.acos(x) for x in [0.0, 0.3, 0.5, -0.9, 1.0, -1.0]])
print(np.arctan2(np.array([0.001, 0.1, 0.5, 1.0, 2.0]), 1.5), np.arctan(np.array([0.5, 2.0])), np.arcsin([0.3]), np.arccos([0.3, -1.0]))
print(12345678901234567.0, 1e23, 8.41e21, 2.2250738585072011e-308, 4.9e-324, 1.7976931348623157e308, 1e400, -1e-400, 0.1e1)
print(float("1e23"), float("12345678901234567"), float("-0.0"), float("1e-400"), float(".5"), float("5."))
