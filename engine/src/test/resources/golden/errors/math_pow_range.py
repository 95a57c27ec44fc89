import math
print(math.pow(10.0, 308), 10.0 ** -400, math.pow(2.0, -1080))
print(math.pow(-10.0, 401))
