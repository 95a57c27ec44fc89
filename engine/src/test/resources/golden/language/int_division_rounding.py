print(round(2.675, 2), round(1e-320, 330), 10**30 / 7, -(10**25) / 3, 2**70 / 2**69, 12345678901234567891 / 10)
import math
print(math.fsum([1e-320, 1e-320]), math.fsum([0.1]*7))
