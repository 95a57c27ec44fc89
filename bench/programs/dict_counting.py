words = ("the quick brown fox jumps over the lazy dog and the cat " * 20000).split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
pairs = {}
for a, b in zip(words, words[1:]):
    key = a + " " + b
    pairs[key] = pairs.get(key, 0) + 1
print(len(words), sorted(counts.items())[:3], max(pairs, key=pairs.get))
