def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def ackermann_like(n, depth):
    if depth == 0:
        return n
    return ackermann_like(n + 1, depth - 1) + 1

print(fib(24), sum(ackermann_like(i, 150) for i in range(500)))
