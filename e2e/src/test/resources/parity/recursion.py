def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print(depth(100), depth(150), depth(199))

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(18))

try:
    depth(100000)
except RecursionError as e:
    print("RecursionError:", e)

def forever(n):
    return forever(n + 1)

forever(0)
