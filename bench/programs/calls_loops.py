def clamp(x, lo, hi):
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x

def score(i, j):
    return clamp((i * 31 + j * 17) % 101 - 50, -20, 20)

total = 0
for i in range(600):
    for j in range(600):
        total += score(i, j)
print(total)
