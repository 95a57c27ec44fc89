s = "Hello, World"
print(s.split(), s.split(","), "a  b ".split(" "), "1,2,,3".split(","), "a b c".split(maxsplit=1))
print("-".join(["a", "b"]), "".join(reversed("abc")), " x ".strip(), "xxhixx".strip("x"), "  a".lstrip(), "a  ".rstrip())
print(s.replace("l", "L"), s.replace("l", "L", 1), s.find("o"), s.find("z"), s.rfind("o"), s.index("W"))
print(s.startswith("He"), s.endswith("ld"), "123".isdigit(), "12a".isdigit(), "abc".isalpha(), "ab1".isalnum(), " ".isspace())
print("42".zfill(5), "-42".zfill(5), "ab".center(6), "ab".center(7, "*"), "ab".ljust(5, "."), "ab".rjust(5), "|")
print("hello world".title(), "HeLLo".swapcase(), "hello".capitalize(), "ABC".lower(), "abc".upper(), "Abc".islower(), "ABC".isupper())
print(s.count("l"), "aaaa".count("aa"), "a,b,c".partition(","), "abc".partition("z"))
print("x".join("123"), "abc"[::-1], "abcdef"[1:5:2], "abcdef"[-2:], "abcdef"[:-2])
print("tEST".title(), "hello"[1], "a-b".split("-"), "line\n".rstrip("\n"), "%".join(["1", "2"]))
print("ab".encode() if False else "", "hello".index("l"))
print("12.5".replace(".", "", 1).isdigit(), "ab cd".split(" ", 1), "".split(","), "".split())
print("  multiple   spaces  ".split(), "a\nb\r\nc".splitlines(), "abc".startswith("b", 1), "x=1".split("=")[1])
L = [3, 1, 2]
L.append(4); L.extend([5, 6]); L.insert(0, 0); print(L, L.pop(), L.pop(0), L)
L.remove(2); print(L, L.index(3), L.count(1))
L.sort(); print(L); L.sort(reverse=True); print(L); L.sort(key=lambda v: v % 3); print(L)
L.reverse(); print(L, L.copy(), L[::-2], L[-1:0:-1], L[5:1:-1])
words = ["banana", "Apple", "cherry"]
words.sort(key=str.lower); print(words)
words.sort(key=len, reverse=True); print(words)
print(sorted(words, key=lambda w: (len(w), w)))
L2 = [1, 2, 3, 4, 5]
L2[1:3] = [9, 9, 9]; print(L2)
L2[::2] = [0, 0, 0]; print(L2)
del L2[0]; del L2[-2:]; print(L2)
L2 += [7]; L2 *= 2; print(L2)
d = {"a": 1}
print(d.setdefault("b", []), d, d.get("a"), d.get("z"), d.get("z", 0), d.pop("a"), d.pop("q", None), d)
d.update({"x": 1}); d.update(y=2); d.update([("z", 3)]); print(d)
print(d.keys(), d.values(), d.items(), list(d.items())[0], "x" in d, "x" in d.keys(), 1 in d.values())
k = d.keys(); d["w"] = 0; print(k, len(k))
for key, val in d.items():
    print(key, val, end="; ")
print()
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get))
groups = {}
for w in ["ant", "bee", "ape"]:
    groups.setdefault(w[0], []).append(w)
print(groups, d.copy(), dict(sorted(counts.items())), {v: k for k, v in counts.items()})
print(d.popitem(), d, d.clear(), d)
S = {1, 2, 3}; T = {2, 3, 4}
print(S | T, S & T, S - T, S ^ T, S <= T, {1} < S, S.union([9]), S.intersection(T, {3}), S.difference({1}))
S.add(5); S.discard(100); S.remove(5); print(S, S.issuperset({1}), S.symmetric_difference(T))
print(sorted({"b", "a"}), set("hello") == set("olleh"), {x % 3 for x in range(10)}, set(), frozenset({1}))
t = (1, 2, 3)
a, *rest = t; print(a, rest)
*init, last = t; print(init, last)
first, *mid, end = [1, 2, 3, 4, 5]; print(first, mid, end)
x, (y, z) = 1, (2, 3); print(x, y, z)
print(t.count(1), t.index(3), t + (4,), t[::-1], t[1:], (1,) * 3, tuple(), (1, 2) < (1, 3))
