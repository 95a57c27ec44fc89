@test("the order of the arguments does not matter")
def _():
    check_equal(call(broadcast_shape, (4,), (3, 4)), (3, 4))
    check_equal(call(broadcast_shape, (2, 1), (5, 1, 3)), (5, 2, 3))

@test("scalars and equal shapes")
def _():
    check_equal(call(broadcast_shape, (), (2, 3)), (2, 3))
    check_equal(call(broadcast_shape, (2, 3), (2, 3)), (2, 3))

def as_tuple(a, b):
    got = call(broadcast_shape, a, b)
    if got is not None and not isinstance(got, tuple):
        fail("broadcast_shape(" + repr(a) + ", " + repr(b) + ") should return a tuple, like NumPy's .shape, but it returned "
             + type(got).__name__ + " " + repr(got) + ". Convert it with tuple(...).")
    return got

@test("a column and a row make a matrix, returned as a tuple")
def _():
    check_equal(as_tuple((3, 1), (1, 4)), (3, 4))

@test("zero-length dimensions follow the same rule")
def _():
    check_equal(call(broadcast_shape, (0, 3), (1, 3)), (0, 3))
    check_raises(ValueError, broadcast_shape, (0, 3), (2, 3))

@test("agrees with NumPy on many shapes", points=2)
def _():
    shapes = [(1,), (3,), (2, 1), (2, 3), (1, 3), (4, 1, 3), (4, 2, 1), (2, 2), (1, 1, 1)]
    for a in shapes:
        for b in shapes:
            try:
                expected = (np.zeros(a) + np.zeros(b)).shape
            except ValueError:
                check_raises(ValueError, broadcast_shape, a, b)
                continue
            check_equal(call(broadcast_shape, a, b), expected)
