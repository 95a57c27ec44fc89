parts = []
for i in range(100000):
    parts.append(f"{i:05d}:{i * 0.5:.2f}")
s = ",".join(parts)
out = ""
for i in range(20000):
    out += str(i % 10)
print(len(s), s[:20], len(out), out.count("7"))
