@test("orthogonal vectors have dot product 0")
def _():
    check_equal(call(dot, [2, -1], [1, 2]), 0)
    check_close(call(geometric_dot, [2, -1], [1, 2]), 0.0, atol=1e-9)

@test("opposite directions give a negative dot product")
def _():
    check_close(call(geometric_dot, [1, 1], [-2, -2]), -4.0)

@test("the angle can wrap past pi")
def _():
    check_close(call(geometric_dot, [-1, 0.001], [-1, -0.001]), 0.999999)

@test("works on NumPy arrays of floats")
def _():
    a = np.array([0.5, -1.5, 2.0])
    b = np.array([4.0, 1.0, -0.25])
    check_close(call(dot, a, b), 0.0)
    check_close(call(geometric_dot, np.array([3.0, 4.0]), np.array([-4.0, 3.0])), 0.0, atol=1e-9)

@test("agrees with the algebraic dot product on random vectors", points=2)
def _():
    rng = np.random.default_rng(7)
    for _ in range(20):
        a = rng.normal(size=2) * 10
        b = rng.normal(size=2) * 10
        check_close(call(geometric_dot, a, b), float(a[0] * b[0] + a[1] * b[1]), rtol=1e-9, atol=1e-9)
