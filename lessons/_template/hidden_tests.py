@test("negative numbers")
def _():
    check_equal(call(my_function, -3), -6)
