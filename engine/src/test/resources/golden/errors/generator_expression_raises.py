# a generator expression runs item by item: the error comes from the item that raises, after the
# items before it were used
def f(x):
    print("f", x)
    return 10 / x

print(sum(f(v) for v in [2, 1, 0, 4]))
