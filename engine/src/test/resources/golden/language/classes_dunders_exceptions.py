class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    @property
    def shape(self):
        return (len(self.rows), len(self.rows[0]))

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v

    def __matmul__(self, other):
        n, k = self.shape
        k2, m = other.shape
        return Matrix([[sum(self[i, t] * other[t, j] for t in range(k)) for j in range(m)] for i in range(n)])

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"

    def __str__(self):
        return "\n".join(" ".join(f"{v:4}" for v in r) for r in self.rows)

    def __len__(self):
        return len(self.rows)

    def __iter__(self):
        return iter(self.rows)

    def __neg__(self):
        return Matrix([[-v for v in r] for r in self.rows])

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented

    def __contains__(self, v):
        return any(v in r for r in self.rows)

    def __bool__(self):
        return any(any(r) for r in self.rows)

A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A @ B)
print(repr(A @ B), A @ B == Matrix([[2, 1], [4, 3]]), A == B, A != B)
A[0, 0] = 10
print(A[0, 0], len(A), list(A), 4 in A, 99 in A, bool(A), bool(Matrix([[0]])))
print(-A, sep="")
print(sum([A, B]))
print(A.shape, str(A + B))

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
    def __repr__(self):
        return f"<Counter {self.id}>"

cs = [Counter() for _ in range(3)]
print(cs, Counter.count, cs[0].count)

class Base:
    def __init__(self, name):
        self.name = name
    def greet(self):
        return "Hello, " + self.name
    def kind(self):
        return "base"

class Child(Base):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def kind(self):
        return "child of " + super().kind()

c = Child("Ann", 7)
print(c.greet(), c.kind(), c.age, isinstance(c, Base), type(c).__name__, Child.__mro__[1].__name__)
print(hasattr(c, "age"), hasattr(c, "nope"), getattr(c, "name"), getattr(c, "x", "default"))
setattr(c, "x", 3)
print(c.x, vars(c))

class ValidationError(ValueError):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field

try:
    raise ValidationError("age", "must be positive")
except ValueError as e:
    print(type(e).__name__, e, e.field, e.args, isinstance(e, Exception))

def risky(n):
    if n < 0:
        raise ValueError("negative")
    return n

results = []
for v in [1, -1, 2]:
    try:
        results.append(risky(v))
    except ValueError as e:
        results.append(str(e))
    finally:
        results.append("|")
print(results)

def nested():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise KeyError("inner")
    except KeyError as e:
        return "caught " + repr(e)
print(nested())
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
