# mistake: it imports NumPy and returns np.array(A) @ np.array(B), but this exercise is matrix multiplication by hand, without NumPy.
import numpy as np

def matmul(A, B):
    return (np.array(A) @ np.array(B)).tolist()
