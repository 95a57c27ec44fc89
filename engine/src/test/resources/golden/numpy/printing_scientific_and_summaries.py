# More printing: scientific switch in 2-D, tiny/huge mixes, subnormals, 2-D and 3-D summarisation, bool summaries, complex scaling.
import numpy as np
cases = [
    np.array([[1e-5, 1.0], [100.0, 2.5]]), np.array([[1e10, -1.0]]), np.array([1e-8, 1e-7]), np.array([0.0001, 1000.0]),
    np.array([0.00012345, 123.45]), np.array([1.0e5, 2.5e5]), np.array([99999999.0, 1.5]), np.array([-1e-5, 1e5]),
    np.array([1.5e300, -2e-300]), np.array([np.inf, 1e-10]), np.array([np.nan, 1e20, -1e-20]),
    np.arange(12).reshape(2, 2, 3) * 1000000, np.arange(3000.0).reshape(3, 1000), np.arange(2 * 3 * 400).reshape(2, 3, 400),
    np.arange(1100).reshape(1100, 1), np.ones((3, 1002), dtype=bool), np.linspace(-1, 1, 25).reshape(5, 5),
    np.array([[0.1 + 0.2, 1 / 3], [2 / 3, 1.0]]), np.array([1.23456789e-3, 9.87654321]), np.array([123456.789, 0.001234]),
    np.array([-1.0, -0.5]), np.array([[-0.0, 1.0], [2.0, -3.5]]), np.full((2, 2), -0.0), np.array([5e-324, 1.0]),
    np.array([1, -1]) * 10 ** 18, np.arange(-5, 5) ** 3, np.array([True]), np.array([[1.5]]), np.zeros((2, 3, 0)),
]
for c in cases:
    print(c)
    print(repr(c))
z = np.linalg.eigvals(np.array([[1., -2], [2, 1]])) * np.array([1, 1e-6])
print(z, repr(z))
print(np.linalg.eigvals(np.array([[0., -1e6], [1e6, 0]])), np.linalg.eigvals(np.array([[1e-7, -1], [1, 1e-7]])))
print(np.linalg.eigvals(np.array([[0., -1], [1, 0]])) * np.nan)
