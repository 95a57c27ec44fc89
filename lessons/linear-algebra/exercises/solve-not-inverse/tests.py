@test("points exactly on a line", points=2)
def _():
    check_close(call(fit_line, np.array([0.0, 1.0, 2.0]), np.array([1.0, 3.0, 5.0])), (2.0, 1.0))
