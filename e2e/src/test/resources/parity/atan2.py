import math
import numpy as np

# CPython's atan2 is the C library's; the JVM's Math.atan2 and the browser's differ in the last digit
# for some arguments (e.g. atan2(0.001, 1.5)).
for y in [0.001, 0.1, 0.5, 1.0, 2.0, -3.7, 10.0, 1e-10, 0.0, -0.0]:
    print(y, [math.atan2(y, x) for x in [1.5, -1.5, 2.0, 1e-3, 0.0, -0.0]])
print(np.arctan2(np.array([0.001, 0.1, 0.5, 1.0, 2.0]), 1.5))
