def gen_squares(n):
    return [i * i for i in range(n)]
print(gen_squares(5))
nested = [[i * j for j in range(3)] for i in range(3)]
print(nested)
flat = [x for row in nested for x in row if x % 2 == 0]
print(flat)
pairs = [(i, j) for i in range(3) for j in range(i)]
print(pairs)
words = ["apple", "banana", "cherry"]
lengths = {w: len(w) for w in words}
print(lengths)
print(sorted(lengths.items(), key=lambda kv: kv[1], reverse=True))
total = 0
for i, w in enumerate(words):
    total += i * len(w)
print(total)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
matrix = [[1, 2, 3], [4, 5, 6]]
transposed = list(map(list, zip(*matrix)))
print(transposed)
print([row[:] for row in matrix])
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"))
def varargs(*args, **kwargs):
    return args, kwargs
print(varargs(1, 2, a=3))
print((lambda: 42)())
counts = {}
for word in "the quick the lazy the end".split():
    counts[word] = counts.get(word, 0) + 1
print(counts, max(counts, key=counts.get))
stack = []
for c in "(()())":
    if c == "(":
        stack.append(c)
    else:
        stack.pop()
print(len(stack) == 0)
print("".join(reversed("hello")), "".join(sorted("hello")))
s = set()
for x in [3, 1, 3, 2, 1]:
    s.add(x)
print(len(s), sorted(s))
d = dict()
d[(1, 2)] = "tuple key"
d[1] = "int"
d[1.0] = "float replaces int"
d[True] = "bool replaces too"
print(d)
print({1: "a", True: "b"}, {1, 1.0, True})
x = 10
def outer():
    x = 20
    def inner():
        return x
    return inner()
print(outer(), x)
def counter():
    c = [0]
    def inc():
        c[0] += 1
        return c[0]
    return inc
f = counter()
f(); f()
print(f())
print(all(x > 0 for x in [1, 2]), any(x > 5 for x in [1, 2]), sum(x for x in range(101)))
print(list(filter(lambda v: v % 3 == 0, range(10))), list(map(str, [1, 2])))
a, *b, c = range(6)
print(a, b, c)
(x, y), z = (1, 2), 3
print(x, y, z)
print(divmod(-7, 2), 7 // -2, pow(2, -2))
print("a" < "b", "apple" < "apricot", "Z" < "a", [1, [2]] == [1, [2]])
