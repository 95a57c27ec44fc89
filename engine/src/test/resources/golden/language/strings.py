s = "Hello, World"
print(s.upper(), s.lower(), s.split(", "), s.replace("l", "L"), len(s))
print(s[0], s[-1], s[1:5], s[::-1], s[::2])
print(s.startswith("He"), s.endswith("x"), s.find("o"), s.count("l"), s.find("z"))
print("  pad  ".strip() + "|", "a,b,,c".split(","), " a  b ".split())
print("-".join(["x", "y", "z"]), "abc" * 3, "b" in "abc")
print("{} + {} = {}".format(1, 2, 3), "{0}{1}{0}".format("a", "b"), "{name}!".format(name="hi"))
print("%d items at %.2f" % (3, 1.5), "%s" % "x", "%5.1f|" % 3.14159)
x = 3.14159
n = 42
print(f"{x:.3f} {n:>5} {n:<5}| {n:05d} {x!r} {'s'!r} {n:,} {x:10.2f}| {x:e} {n:x}")
print(f"{x = }", f"{n * 2}", f"{s[:5]!r}")
print(repr("it's"), repr('say "hi"'), repr("tab\there\n"))
print("abc".center(9, "*"), "abc".ljust(6) + "|", "abc".rjust(6), "42".zfill(5))
print(str(1.0), str(True), str(None), str([1, "a"]), str((1,)), str({1: "x"}))
print("Title case words".title(), "x".isdigit(), "12".isdigit(), ord("a"), chr(98))
print("""triple
quoted""", 'single', "esc\\aped")
