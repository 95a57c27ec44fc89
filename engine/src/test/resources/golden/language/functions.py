def add(a, b=10, *args, scale=1, **kw):
    return (a + b + sum(args)) * scale, kw

print(add(1), add(1, 2), add(1, 2, 3, 4), add(1, scale=2), add(1, extra=True))
print(add(*[1, 2], **{"scale": 3}))

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(fact(10), fact(25))

def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

c = make_counter()
c()
c()
print(c())
total = 0
def bump():
    global total
    total += 5
bump()
bump()
print(total)
square = lambda x: x * x
print(square(7), (lambda *a: len(a))(1, 2, 3))
fs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fs])

def deco(fn):
    def wrapper(*a):
        return "<" + str(fn(*a)) + ">"
    return wrapper

@deco
def hello(name):
    return "hi " + name

print(hello("bob"), hello.__name__)

def fib_memo():
    memo = {}
    def fib(n):
        if n < 2:
            return n
        if n not in memo:
            memo[n] = fib(n - 1) + fib(n - 2)
        return memo[n]
    return fib
print(fib_memo()(80))
print(sorted([(2, "b"), (1, "z"), (2, "a")]), sorted([3, 1, 2], key=lambda v: -v))
