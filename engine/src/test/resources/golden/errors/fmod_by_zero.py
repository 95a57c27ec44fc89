import math
print(math.fmod(3, 2))
print(math.fmod(3, 0))
