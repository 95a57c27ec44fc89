# methods of str, list, dict, set
s = "  Linear Algebra for ML  "
print(s.strip().lower().split(" "), s.lstrip()[:6], s.rstrip()[-4:], s.count("a"), s.find("Alg"), s.rfind("a"))
print("a-b-c".split("-", 1), "a-b-c".rsplit("-", 1), "line1\nline2\n".splitlines(), "x".join("abc"))
print("Hello".startswith(("He", "x")), "hello.py".endswith(".py"), "abc".replace("b", ""), "a,b".partition(","))
print("{:>8.3f}|{:<6d}|{:^7s}|{:+.1e}".format(3.14159, 42, "mid", 12345.6789))
print("{0[1]} {1[a]} {2.real}".format([1, 2], {"a": 5}, 3))
print("%(x)s=%(y)d" % {"x": "n", "y": 7}, "%%d", "%c" % 65, "%x %o %X" % (255, 8, 255))
L = [5, 3, 8, 1]
L.insert(1, 7)
L.insert(-1, 9)
L.insert(100, 0)
print(L, L.index(8), L.count(3), L.copy() is L, L[::-1])
L.remove(9)
L.sort(key=lambda v: (v % 2, v))
print(L)
L.clear()
print(L, len(L))
D = {"b": 2, "a": 1}
D.update({"c": 3}, d=4)
print(D, D.popitem(), D, list(D), sorted(D.items()))
print(D.setdefault("a", 100), D.setdefault("z", 26), D.get("q", "none"), dict.fromkeys("ab", 0))
S = {1, 2, 3}
T = {3, 4}
print(sorted(S.union(T)), sorted(S.intersection(T)), sorted(S.difference(T)), sorted(S ^ T), S.issubset({1, 2, 3, 4}), S > {1})
S.remove(1)
S.update([9, 10])
print(sorted(S), len(S), 9 in S, frozenset([1, 2]) == {1, 2})
t = (3, 1, 2)
print(t.index(1), t.count(3), sorted(t), tuple(reversed(t)), t * 2, min(t), max(t))
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=lambda p: p[1]))
print(list(enumerate("ab")), list(zip(range(3), "xyz", [True, False, None])))
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0], {k: v for k, v in zip("abc", range(3)) if v})
print(sum(range(10), 100), max(3, 4, key=lambda v: -v), min([], default="empty"), abs(-7.5), round(7.5), round(6.5))
print(str(12.0), str(1/3), repr(2/3), 5 // 2 * 2 + 5 % 2, 2 ** 3 ** 2, -3 ** 2, (-3) ** 2, 10 - 2 - 3)
print(int("0x1f", 16), int("101", 2), int("ff", 16), hex(255), bin(10), oct(64), chr(9731), ord("€"))
print(1 < 2 < 3 < 4, 1 < 3 < 2, "b" > "a" > "A", [] or [0], 0 and 1, None or False)
x = 5
print(x if x > 3 else -x, (y := x * 2), y)
def kw(a, *, b=2, **rest):
    return a, b, rest
print(kw(1), kw(1, b=3), kw(1, c=4, d=5))
print(isinstance([], (list, tuple)), isinstance(1.0, (int,)), type(True).__name__, type(2**100).__name__)
print(hash(1) == hash(1.0), 1 in {1.0}, {1: "a"}.get(True), [1, 2, 3][-1], [1, 2, 3][-3])
