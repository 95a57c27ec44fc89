d = {"a": 1, "b": 2}
print(d.keys(), d.values(), d.items(), len(d.items()), "a" in d.keys(), ("a", 1) in d.items(), 2 in d.values())
k = d.keys(); d["c"] = 3; print(k, len(k), list(k), sorted(d.items(), key=lambda kv: -kv[1]))
print(type(d.keys()).__name__, type(d.items()), bool({}.keys()), d.keys() == {"a", "b", "c"}, d.keys() & {"a", "z"})
print(list(reversed(d)), list(reversed(d.items())) if False else "", max(d.values()), sum(d.values()), dict(d.items()), [k for k, v in d.items() if v > 1])
a, b, c = d.values(); print(a, b, c)
print(list(zip(d.keys(), d.values())), tuple(d), {1: [1, 2]}.values())
try:
    d.keys()[0]
except TypeError as e:
    print(e)
for k in list(d.keys()):
    if k == "a": del d[k]
print(d)
