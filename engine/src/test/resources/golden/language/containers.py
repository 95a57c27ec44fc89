xs = [3, 1, 4, 1, 5, 9, 2, 6]
xs.append(5)
xs.extend([3, 5])
print(xs, len(xs), xs.count(5), xs.index(4))
xs.sort()
print(xs)
xs.reverse()
print(xs, xs.pop(), xs.pop(0), xs)
ys = sorted(xs, reverse=True)
print(ys, sorted(["b", "A", "c"]), sorted(["bb", "a", "ccc"], key=len))
print(xs[2:5], xs[-3:], xs[::3], list(reversed(xs)))
xs[1:3] = [0, 0, 0]
print(xs)
del xs[0]
print(xs)
t = (1, 2, 3)
a, b, c = t
print(a, b, c, t[1:], t + (4,), len(t), 2 in t)
first, *rest = [1, 2, 3, 4]
print(first, rest)
d = {"one": 1, "two": 2}
d["three"] = 3
print(d, d.get("four"), d.get("four", 4), list(d.keys()), list(d.values()))
for k, v in d.items():
    print(k, v)
print(d.pop("one"), d, "two" in d, len(d))
d.setdefault("z", []).append(1)
print(d)
s = {3, 1, 2}
s.add(4)
s.discard(1)
print(sorted(s), 3 in s, len(s), sorted(s | {9}), sorted(s & {2, 3}), sorted(s - {2}))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print([i * 2 for i in range(5)], {i: i * i for i in range(3)}, {x % 3 for x in range(10)})
print(list(zip([1, 2, 3], "abc")), list(enumerate(["a", "b"], 1)))
print(list(map(lambda x: x + 1, [1, 2])), list(filter(None, [0, 1, 2, 0])))
print(any([0, 0, 1]), all([1, 1, 0]), sum(x * x for x in range(4)), max("hello"))
print([[0] * 3 for _ in range(2)], [1, 2] * 2, [1, [2, 3]] == [1, [2, 3]])
print(list(range(10, 0, -3)), range(5), list(range(2, 8, 2)))
m = [[1, 2], [3, 4]]
print([row[1] for row in m], [[r[i] for r in m] for i in range(2)])
print(dict(a=1, b=2), dict([("x", 1)]), list("abc"), tuple([1, 2]), set([1, 1, 2]))
