class Animal:
    count = 0
    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound
        Animal.count += 1
    def speak(self):
        return f"{self.name} says {self.sound}"
    def __repr__(self):
        return f"Animal({self.name!r})"
    def __str__(self):
        return f"<{self.name}>"
class Dog(Animal):
    def __init__(self, name):
        super().__init__(name, "woof")
    def speak(self):
        return super().speak() + "!"
pets = [Animal("cat", "meow"), Dog("rex")]
print(pets, pets[0], str(pets[1]), repr(pets[1]), Animal.count)
print([p.speak() for p in pets], isinstance(pets[1], Animal), issubclass(Dog, Animal), type(pets[1]).__name__)
print(f"{pets[0]}", f"{pets[0]!r}", "{}".format(pets[1]), "%s %r" % (pets[0], pets[0]))
print({"k": pets[0]}, (pets[1],))
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o): return V(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return V(self.x * k, self.y * k)
    def __rmul__(self, k): return self * k
    def __eq__(self, o): return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __lt__(self, o): return (self.x, self.y) < (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __len__(self): return 2
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __iter__(self): return iter((self.x, self.y))
    def __repr__(self): return f"V({self.x}, {self.y})"
    def __neg__(self): return V(-self.x, -self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self): return bool(self.x or self.y)
    def __contains__(self, v): return v in (self.x, self.y)
    def __call__(self, k): return self.x * k
a, b = V(1, 2), V(3, 4)
print(a + b, a - b, a * 3, 3 * a, a == V(1, 2), a != b, a < b, sorted([b, a]), len(a), a[1], list(a), -a, abs(b))
print(bool(V(0, 0)), 2 in a, a(10), max([a, b]), x if (x := a.x) else 0)
x, y = b; print(x, y)
class Stack:
    def __init__(self): self.items = []
    def push(self, v): self.items.append(v); return self
    def pop(self): return self.items.pop()
    def __len__(self): return len(self.items)
    @property
    def top(self): return self.items[-1]
    @staticmethod
    def make(): return Stack()
    @classmethod
    def of(cls, *vs):
        s = cls()
        for v in vs: s.push(v)
        return s
s = Stack.of(1, 2, 3)
print(len(s), s.top, s.pop(), len(s), bool(Stack.make()), Stack.make().push(5).top)
class Counter:
    def __init__(self): self.n = 0
    def __iadd__(self, k): self.n += k; return self
c = Counter(); c += 5; print(c.n)
print(a.__class__.__name__, Dog.__name__, Dog.__mro__ if False else "", hasattr(a, "x"), vars(a) if False else "")
class Temp:
    def __init__(self, c): self._c = c
    @property
    def f(self): return self._c * 9 / 5 + 32
    @f.setter
    def f(self, v): self._c = (v - 32) * 5 / 9
t = Temp(100); print(t.f); t.f = 32; print(t._c)
print(isinstance(a, object), str(type(a)), a.__dict__)
class Shape:
    def area(self): raise NotImplementedError("subclass must implement")
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
print([sh.area() for sh in [Sq(2), Sq(3)]])
try:
    Shape().area()
except NotImplementedError as e:
    print("NIE", e)
