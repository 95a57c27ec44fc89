class P:
    def __init__(self, x, y): self.x, self.y = x, y
    def __eq__(self, o): return isinstance(o, P) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __repr__(self): return f"P({self.x}, {self.y})"
d = {P(1, 2): "a"}
print(d[P(1, 2)], P(1, 2) in d, len({P(1, 2), P(1, 2), P(2, 1)}), P(3, 3) in {P(3, 3)})
class Q:
    def __eq__(self, o): return True
class R:
    pass
r = R(); print({r: 1}[r])
try:
    {Q(): 1}
except TypeError as e:
    print(e)
