import math
import numpy as np
import random
xs = [0.001, 0.1, 0.5, 1.0, 2.0, 3.7, 10.0, 123.456, 1e-10, 1e10, 0.7853981633974483, 1.5707963267948966, 3.141592653589793, 100000.0, 1e15, -2.5, 710.0, -745.0]
for x in xs:
    print(x, math.exp(-abs(x)) if abs(x) < 700 else 0, math.log(abs(x)), math.sin(x), math.cos(x), math.tan(x))
print([math.log2(v) for v in [1, 2, 8, 0.5, 1024, 2**-30]], [math.log10(v) for v in [1, 10, 1000, 1e22, 0.001]])
random.seed(3)
vals = [random.uniform(-20, 20) for _ in range(300)]
print(sum(1 for v in vals if math.sin(v) == math.sin(v)))
print([math.sin(v) for v in vals[:40]])
print([math.cos(v) for v in vals[40:80]])
print([math.exp(v) for v in vals[80:120]])
print([math.log(abs(v)) for v in vals[120:160]])
print([math.tan(v) for v in vals[160:200]])
print([abs(v) ** 0.37 for v in vals[200:240]], [abs(v) ** 1.5 for v in vals[240:260]])
np.random.seed(7)
print(repr(np.random.randn()), [float(v) for v in np.random.randn(30)])
random.seed(9)
print([random.gauss(0, 1) for _ in range(20)])
print(np.exp(np.array(vals[:10])).tolist(), np.sin(np.array(vals[10:20])).tolist())
print(math.sin(1e22), math.cos(1e22), math.sin(-0.0), math.cos(0.0), math.tan(1e-30))
