import math
import numpy as np

# The functions added for students' common reaches, where Wasm and the JVM might part: math.fmod
# and math.dist/hypot run integer and error-free float tricks (subnormals, long shifts), complex()
# parses strings, np.triu/np.tril zero by position.
seed = 99
def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return (seed >> 11) / 2**53

xs = [(rnd() - 0.5) * 10.0 ** (int(rnd() * 80) - 40) for _ in range(200)] + [5e-324, -1e-310, 2.2250738585072014e-308, 1.7976931348623157e308]
print([math.fmod(x, y) for x, y in zip(xs, xs[1:] + xs[:1])], [math.fmod(x, 5e-324) for x in xs[:20]], math.fmod(5, 1e-310))
print([math.dist(xs[i:i + 3], xs[i + 3:i + 6]) for i in range(0, 150, 6)], [math.hypot(*xs[i:i + 4]) for i in range(0, 150, 4)])
print(math.dist([5e-324, 1e-310], [0, 0]), math.hypot(1e308, 1e308, 1e308), math.fmod(-0.0, 3))
print([complex(s) for s in ["1+2j", " (1.5e-3-2_0J) ", "-j", "nan+infj", "1e500j", ".5"]], complex(3, -0.0), complex(-0.0, 1j))
A = np.arange(1.0, 21.0).reshape(4, 5) / 3
print(np.triu(A, 1), np.tril(A, -2), repr(np.triu(np.array([-0.0, 1.0, 2.0]))), np.triu_indices(4, 1, 6), np.tril_indices(3, -1), sep="\n")
print(A[np.triu_indices_from(A)], A[np.tril_indices_from(A, 2)].sum())
