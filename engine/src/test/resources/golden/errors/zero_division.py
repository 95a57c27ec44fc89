def f(n):
    return 10 / n

print(f(2))
print(f(0))
