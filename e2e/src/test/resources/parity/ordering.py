s = {3, 1, 2, 10, -5, 100, 42}
print(s, sorted(s), len(s))
words = {"banana", "apple", "cherry", "date"}
print(sorted(words), len(words), "apple" in words)
d = {"z": 1, "a": 2, "m": 3}
d["b"] = 4
del d["a"]
print(d, list(d.keys()), list(d.values()), list(d.items()))
print({x % 7: x for x in range(20)})
print(set("mississippi") == {"m", "i", "s", "p"}, sorted(set("mississippi")))
print(sorted([3, 1, 2], reverse=True), sorted(["b", "A", "a", "B"]), sorted([(2, "b"), (1, "z"), (2, "a")]))
print(sorted(["pear", "fig", "banana"], key=len), max([1, 5, 3]), min("hello"))
