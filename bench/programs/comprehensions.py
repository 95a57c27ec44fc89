squares = [x * x for x in range(200000)]
evens = [x for x in squares if x % 2 == 0]
pairs = [(i, j) for i in range(300) for j in range(300) if (i + j) % 7 == 0]
table = {i: i * i for i in range(50000)}
print(len(squares), len(evens), len(pairs), sum(table.values()) % 1000)
