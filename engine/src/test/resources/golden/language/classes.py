class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

v = Vector(3, 4)
w = Vector(1, 2)
print(v, v + w, v * 2, v.norm(), v == Vector(3, 4), len(v), v[0], list(v))
print(str(v), [v, w])

class Shape:
    sides = 0
    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides"

class Square(Shape):
    sides = 4
    def __init__(self, size):
        self.size = size
    def area(self):
        return self.size ** 2
    def describe(self):
        return super().describe() + f", area {self.area()}"

s = Square(3)
print(s.describe(), isinstance(s, Shape), isinstance(s, Square), issubclass(Square, Shape))

class MyError(Exception):
    pass

class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise MyError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
        return self.balance

acct = Account(10)
print(acct.withdraw(3))
try:
    acct.withdraw(100)
except MyError as e:
    print("MyError:", e)

class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def f(self):
        return self._c * 9 / 5 + 32
    @staticmethod
    def unit():
        return "C"
    @classmethod
    def freezing(cls):
        return cls(0)

t = Temp(100)
print(t.f, Temp.unit(), Temp.freezing().f)
class Point:
    def __init__(self, x):
        self.x = x
    def __lt__(self, other):
        return self.x < other.x
    def __repr__(self):
        return "P%d" % self.x
print(sorted([Point(3), Point(1), Point(2)]), max([Point(3), Point(5)]))
