@test("a small example")
def _():
    check_equal(call(my_function, 2), 4)
