@test("a noisy line", points=2)
def _():
    x = np.linspace(0, 10, 50)
    y = 0.5 * x - 2 + np.sin(7 * x) * 0.1
    A = np.column_stack([x, np.ones(50)])
    expected = np.linalg.solve(A.T @ A, A.T @ y)
    check_close(call(fit_line, x, y), (float(expected[0]), float(expected[1])), rtol=1e-7)

@test("a falling line")
def _():
    check_close(call(fit_line, [1, 2, 3, 4], [10, 8, 6, 4]), (-2.0, 12.0))

@test("slope first, intercept second")
def _():
    check_close(call(fit_line, np.array([0.0, 2.0]), np.array([5.0, 6.0])), (0.5, 5.0))
