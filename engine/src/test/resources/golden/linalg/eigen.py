# Eigenvalues and eigenvectors: symmetric (eigh), general (eig), complex pairs.
import numpy as np

S = np.array([[2., 1], [1, 2]])
w, v = np.linalg.eigh(S)
print(w)
print(v)
print(np.linalg.eigvalsh(S))

T = np.array([[4., 1, 0], [1, 3, 1], [0, 1, 2]])
w, v = np.linalg.eigh(T)
print(w)
print(np.round(v, 6))
print(np.round(v.T @ T @ v, 10))

A = np.array([[1, 2], [3, 4]])
w, v = np.linalg.eig(A)
print(w)
print(v)
print(np.linalg.eigvals(A))

print(np.linalg.eigvals(np.array([[2, 0], [0, 3]])))
print(np.linalg.eigvals(np.array([[1, 0], [2, 3]])))
print(np.linalg.eig(np.array([[1, 2], [0, 3]]))[1])
print(np.linalg.eigvals(np.array([[1, 0, 0], [2, 3, 0], [4, 5, 6]])))

R = np.array([[0, -1], [1, 0]])
w, v = np.linalg.eig(R)
print(w)
print(v)
print(w.dtype, v.dtype)

theta = np.pi / 6
Q = np.array([[np.cos(theta), -np.sin(theta)], [np.sin(theta), np.cos(theta)]])
print(np.round(np.linalg.eigvals(Q), 8))
print(np.round(np.abs(np.linalg.eigvals(Q)), 8))

M = np.array([[2., 0, 0], [1, 2, 0], [0, 1, 3]])
w, v = np.linalg.eig(M)
print(w)

P = np.array([[0.9, 0.1], [0.5, 0.5]])
w, v = np.linalg.eig(P.T)
print(np.round(w, 8))
stationary = v[:, np.argmax(w)]
print(np.round(stationary / stationary.sum(), 8))

C = np.array([[4., 2, 0], [2, 5, 3], [0, 3, 6]])
w, v = np.linalg.eigh(C)
print(np.round(w, 8))
print(np.round(v @ np.diag(w) @ v.T, 8))
print(np.round(np.linalg.eigvalsh(C, UPLO='U'), 8))
