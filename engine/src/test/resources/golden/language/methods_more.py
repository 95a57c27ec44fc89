import random, math
random.seed(42)
xs = list(range(10))
random.shuffle(xs)
print(xs, random.sample(range(10), 3), random.randrange(10), random.choices("ab", k=3))
print(random.sample(range(1000), 8), random.sample("abcdefg", 7), random.choices([1, 2, 3], weights=[5, 1, 1], k=6), random.choices("xyz", cum_weights=[1, 2, 10], k=4))
print(random.sample(range(100000), 5), random.choices(range(50)))
print(math.isqrt(17), math.isqrt(10**30), math.lcm(4, 6), math.lcm(), math.modf(2.5), math.modf(-3.75), int("z", 36))
s = "a,b,c"
print(s.rpartition(","), "abc".rpartition("z"), "a\tb".expandtabs(4), "Hello".casefold(), "abc".removeprefix("a"), "abc".removesuffix("c"), "Hello World".istitle(), "abcabc".rindex("b"))
print({1}.isdisjoint({2}), {1, 2}.isdisjoint([2]))
S = {1, 2, 3}; S.intersection_update({2, 3, 4}); print(S); S.difference_update([3]); print(S)
print(chr(97), int("0b101", 0), int("ff", base=16))
class A: pass
print(A, type(A()), str(type(3)))
try:
    raise ValueError("x") from KeyError("k")
except ValueError as e:
    print(repr(e.__cause__))
try:
    raise ValueError("x")
except ValueError as e:
    print(e.__cause__)
