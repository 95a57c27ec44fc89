@test("a matrix and a row vector")
def _():
    check_equal(call(broadcast_shape, (3, 4), (4,)), (3, 4))

@test("ones stretch on both sides", points=2)
def _():
    check_equal(call(broadcast_shape, (5, 1, 3), (2, 1)), (5, 2, 3))

@test("a mismatch raises ValueError", points=2)
def _():
    check_raises(ValueError, broadcast_shape, (3, 4), (3,))
