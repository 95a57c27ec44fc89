# Array printing: precision, scientific switch, negative zero, nan/inf, bool, 0-d, empty, 3-D, wide rows wrapped, summarisation with ..., arrays inside containers.
import numpy as np
cases = [
    np.array([1.0, 2.0]), np.array([[1., 2.], [3., 4.]]), np.array([5, 7, 9]), np.array([-1, 10, -100]),
    np.array([0.1, 0.123456789, 10.5]), np.array([1e-5, 1.0]), np.array([1e-4, 1.0]), np.array([1e16, 1.0]), np.array([1e15, 1.0]),
    np.array([123456789.0, 0.5]), np.array([1e8, 1.0]), np.array([-0.0, 0.0]), np.array([-0.0]), np.array([0.0, -1e-20]), np.array([1e-300]),
    np.array([np.nan, 1.0]), np.array([np.inf, -np.inf]), np.array([np.nan]), np.array([1.5, np.nan, -np.inf]), np.array([1e20, np.nan]),
    np.array([True, False]), np.array([[True], [False]]), np.array(3.0), np.array(-0.0), np.array(7), np.array(True), np.array(1e-10),
    np.array([1.0, 2.5, -3.25]), np.array([[1.0, -2.5], [100.25, 3.0]]), np.array([[1, -22], [333, 4]]), np.array([0.001, 0.01]),
    np.zeros((2, 0)), np.zeros((0,)), np.zeros((0, 3)), np.array([[[1, 2]], [[3, 4]]]), np.arange(6.0).reshape(1, 2, 3) / 7,
    np.array([1 / 3, 2 / 3]), np.array([1e-9, 1e9]), np.array([0.5e-8, 1.0]), np.array([2.0 ** 60]), np.array([2 ** 62, -2 ** 62]),
    np.array([12345.678, 0.001]), np.array([1.10, 2.200, 3.3000]), np.array([[0.0]]), np.eye(3) * -1, np.array([1e-16, 1.0]),
    np.linspace(0, 1, 11), np.arange(30) * 1.5, np.arange(30) ** 5, np.arange(100).reshape(10, 10) / 3,
]
for c in cases:
    print(c)
    print(repr(c))
print(np.arange(1001)); print(repr(np.arange(1001.0) / 7)); print(np.arange(3000).reshape(1000, 3)); print(repr(np.zeros((1500,))))
print(repr(np.arange(2000).reshape(2, 1000))); print(np.ones((40, 40)))
print(repr(np.ones((1001, 2)) * 0.5))
print(str(np.array([1.5, 2])), f"{np.array([1, 2])}", "%s" % np.array([0.5]), [np.array([1, 2])], (np.array([1.5]),), {'a': np.zeros(2)})
print(repr([np.array([1, 2]), np.array([[1.5]])]))
