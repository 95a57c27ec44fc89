for i in range(3):
    if i == 1:
        continue
    print("i =", i)
else:
    print("loop done")
n = 0
while True:
    n += 1
    if n >= 4:
        break
print("n", n)
for i in range(3):
    for j in range(3):
        if j > i:
            break
        print(i, j, end="; ")
print()
x = 5
if x < 3:
    print("small")
elif x < 10:
    print("medium")
else:
    print("large")
try:
    1 / 0
except ZeroDivisionError as e:
    print("caught", e)
else:
    print("no")
finally:
    print("finally")
try:
    int("x")
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
def f():
    try:
        return "try"
    finally:
        print("cleanup")
print(f())
try:
    raise ValueError("bad value")
except Exception as e:
    print(repr(e), e.args)
assert x == 5, "x should be 5"
try:
    assert x == 6, "x should be 6"
except AssertionError as e:
    print("assertion:", e)
print(sep="", end="")
print(1, 2, 3, sep="-", end="!\n")
