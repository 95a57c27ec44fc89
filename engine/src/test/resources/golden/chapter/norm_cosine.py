import numpy as np
v = np.array([3.0, 4.0])
print(np.linalg.norm(v))
print(np.sqrt(v @ v))
print(np.linalg.norm(np.array([1, 2, 3])))

def cosine(a, b):
    return (a @ b) / (np.linalg.norm(a) * np.linalg.norm(b))

a = np.array([1, 2, 3])
b = np.array([4, 5, 6])
print(cosine(a, b))
print(repr(cosine(a, b)))
print(cosine(np.array([1.0, 0.0]), np.array([0.0, 1.0])))
print(cosine(np.array([1.0, 1.0]), np.array([-1.0, -1.0])))
