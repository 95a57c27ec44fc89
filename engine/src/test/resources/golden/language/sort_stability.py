import random
random.seed(3)
for n in [0, 1, 2, 5, 63, 64, 65, 200, 1000]:
    xs = [random.randint(0, 20) for _ in range(n)]
    pairs = [(x, i) for i, x in enumerate(xs)]
    assert sorted(xs) == sorted(xs, key=lambda v: v) and sorted(xs) == [p[0] for p in sorted(pairs)]
    s1 = sorted(pairs, key=lambda p: p[0])
    s2 = sorted(pairs, key=lambda p: p[0], reverse=True)
    print(n, s1[:4], s2[:4], sorted(xs, reverse=True)[:5])
    assert all(s1[i][0] < s1[i + 1][0] or (s1[i][0] == s1[i + 1][0] and s1[i][1] < s1[i + 1][1]) for i in range(n - 1))
    assert all(s2[i][0] > s2[i + 1][0] or (s2[i][0] == s2[i + 1][0] and s2[i][1] < s2[i + 1][1]) for i in range(n - 1))
for bad in [[1, "a"], ["a", 1], [3, 1, "x", 2], [None, 1]]:
    try:
        sorted(bad)
    except TypeError as e:
        print(e)
words = ["pear", "Apple", "fig", "banana", "kiwi"]
words.sort(key=len); print(words)
words.sort(key=str.lower, reverse=True); print(words)
