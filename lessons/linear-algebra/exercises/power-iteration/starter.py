import numpy as np

def power_iteration(A, iterations=200):
    """(dominant eigenvalue, unit eigenvector) of the square matrix A."""
    pass
