import numpy as np
np.random.seed(0)
X = np.random.randn(200, 3)
w = np.zeros(3)
y = X @ np.array([1.0, -2.0, 0.5])
for step in range(300):
    grad = X.T @ (X @ w - y) / len(y)
    w = w - 0.1 * grad
total = 0.0
for i in range(2000):
    v = np.array([i, i + 1.0, i + 2.0])
    total += float(np.linalg.norm(v) / (v @ v + 1))
print(np.round(w, 4), round(total, 6))
