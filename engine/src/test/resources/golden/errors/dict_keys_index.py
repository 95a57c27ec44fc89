prices = {"apple": 1.5, "pear": 2.0}
names = prices.keys()
print(names)
print(names[0])
