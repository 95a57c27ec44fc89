# matrix-vector products inside longer computations: negative strides, stacks, ints and bools, power iteration
import numpy as np
rng = np.random.default_rng(21)
for (m, k, p) in [(3, 4, 5), (9, 17, 6), (20, 33, 2), (12, 1, 7), (1, 40, 9), (40, 20, 1)]:
    A = rng.normal(size=(m, k)); B = rng.normal(size=(k, p))
    Aw = rng.normal(size=(m, 2 * k)); Bw = rng.normal(size=(2 * k, p))
    x = rng.normal(size=k); v = rng.normal(size=m)
    print("neg", (A[::-1] @ x).tolist(), (A @ x[::-1]).tolist(), (v[::-1] @ A).tolist())
    print("stackvec", (np.stack([A, A[::-1]]) @ x).tolist(), (v @ np.stack([A, A])).tolist())
    Ai = rng.integers(-4, 4, size=(m, k)); xi = rng.integers(-4, 4, size=k)
    print("ints", (Ai @ xi).tolist(), (Ai @ x).tolist(), (Ai.T @ v).tolist(), np.dot(Ai, x).tolist())
    print("bools", ((Ai > 0) @ (xi > 0)).tolist(), ((Ai > 0) @ x).tolist())
print(np.linalg.norm(A @ x), (A @ x) @ (A @ x), x @ A.T @ v)
M = rng.normal(size=(6, 6)); M = M + M.T
b = rng.normal(size=6)
for _ in range(30):
    b = M @ b
    b = b / np.linalg.norm(b)
print(b.tolist(), (b @ M @ b))
