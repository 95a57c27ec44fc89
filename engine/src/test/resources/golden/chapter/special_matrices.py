import numpy as np
I = np.eye(3)
print(I)
D = np.diag(np.array([1.0, 2.0, 3.0]))
print(D)
S = np.array([[2.0, 1.0], [1.0, 3.0]])
print(np.array_equal(S, S.T))
theta = np.pi / 4
Q = np.array([[np.cos(theta), -np.sin(theta)], [np.sin(theta), np.cos(theta)]])
print(Q)
print(Q.T @ Q)
print(np.allclose(Q.T @ Q, np.eye(2)))
