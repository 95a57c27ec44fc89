print(2.0 ** -1074, 2.0 ** -1073, 2.0 ** -1022, 3.0 ** -700, 10.0 ** -320, 0.5 ** 1075, 2.0 ** 1023, 10.0 ** 308, 10.0 ** 309 if False else 1)
print(float("4.35e-310"), float("5e-324"), float("2.4703282292062327e-324"), float("2.4703282292062328e-324"), float("1.7976931348623157e308"), float("1e23"), float("8.41e21"), float("0.1"), float("123.456"))
import math
print(math.atan2(0.001, 1.5), math.atan(1e-310), math.asin(1e-320), math.acos(0.3))
