def as_tuple(a, b):
    # broadcast_shape(a, b), which must be a tuple like NumPy's .shape (a list never equals a shape)
    got = call(broadcast_shape, a, b)
    if got is not None and not isinstance(got, tuple):
        fail("broadcast_shape(" + repr(a) + ", " + repr(b) + ") should return a tuple, like NumPy's .shape, but it returned "
             + type(got).__name__ + " " + repr(got) + ". Convert it with tuple(...).")
    return got

@test("a matrix and a row vector")
def _():
    check_equal(as_tuple((3, 4), (4,)), (3, 4))

@test("ones stretch on both sides", points=2)
def _():
    check_equal(call(broadcast_shape, (5, 1, 3), (2, 1)), (5, 2, 3))

@test("a mismatch raises ValueError", points=2)
def _():
    check_raises(ValueError, broadcast_shape, (3, 4), (3,))
