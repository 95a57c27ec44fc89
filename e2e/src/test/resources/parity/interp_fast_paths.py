# The interpreter's browser fast paths (issue 4): ints printed through Decimal (TeaVM only), f-strings
# joined in one copy, format specs from the parse cache, fixed-point floats from a char array, str.count
# of one character, small-int boxes, int * and % without Ops.binary, s += x * y on floats. Checked against CPython too.
vals = [-0.004, -0.005, 0.005, 1.005, -1.005, 0.5, 123456.789, -0.0, 1e-7, 2.675, 1e15, -1e16, 0.125, 9.995, 99.995]
for v in vals:
    print(f"{v:.1f}|{v:.2f}|{v:.3f}|{v:8.2f}|{v:+.2f}|{v:05.1f}", format(v, '.2f'))
for n in [0, 7, -7, 1023, 1024, -128, -129, 9223372036854775807, -9223372036854775808]:
    print(n, str(n), repr(n), f"{n}", f"{n:05d}", f"{n:,}" if abs(n) < 10**19 else "")
s = "ab7c7" * 2000 + "7"
print(s.count("7"), s.count("c7"), "".count("7"), "777".count("77"), "x".count(""))
x = 5
for i in range(3): x = x * 1000003 % 97
print(x, -7 % 3, 7 % 3, -7 % -3, 2**31 * 2**31, (2**31-1) * -(2**31), 46341 * 46341)
d = {"a": 1}; d["a"] += 1; print(d, d.get("a"), d.get("b", 0))
print([i * i for i in range(-3, 3) if i % 2 == 0], [a[0][1] for a in [[[1, 2]]]])
t = 0.0
for i in range(10): t += i * 0.1
print(t, sum(x * y for x, y in zip([0.1]*10, [0.2]*10)))
for spec in ["05d", ">6", "05d", "x", "05d"]:
    print(format(42, spec), format(-42, spec) if spec != ">6" else "")
# (x + y) + z joined in one copy, and its fallbacks in the same order
w = ["a", "bb", ""]
print([p + " " + q for p in w for q in w], 1 + 2 + 3, 0.5 + 1 + 2, "x" + "y" + "z" + "w")
for bad in [lambda: "a" + "b" + 1, lambda: "a" + 1 + "b", lambda: 1 + "a" + "b", lambda: [1] + [2] + [3]]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
