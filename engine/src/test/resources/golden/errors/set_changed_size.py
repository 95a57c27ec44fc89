s = {1, 2}
for v in s:
    s.add(v + 10)
