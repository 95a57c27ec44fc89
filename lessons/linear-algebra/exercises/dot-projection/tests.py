@test("dot([3, 4], [1, 0]) is the projection of a on the x axis")
def _():
    check_equal(call(dot, [3, 4], [1, 0]), 3)

@test("dot of two 3-D vectors")
def _():
    check_equal(call(dot, [1, 2, 3], [4, 5, 6]), 32)

@test("geometric_dot([3, 4], [1, 0]) matches the dot product", points=2)
def _():
    check_close(call(geometric_dot, [3, 4], [1, 0]), 3.0)
