@test("data far from the origin must be centred first", points=2)
def _():
    X = np.array([[100.0, 0.0], [100.0, 1.0], [100.0, 2.0], [100.0, 3.0], [100.1, 4.0]])
    check_direction(call(principal_axis, X), [0.0, 1.0], atol=0.05)

@test("the first singular vector, not the last", points=2)
def _():
    X = np.array([[-3.0, 0.1], [-1.0, -0.1], [1.0, 0.1], [3.0, -0.1]])
    check_direction(call(principal_axis, X), [1.0, 0.0], atol=0.05)

@test("a vertical cloud")
def _():
    rng = np.random.default_rng(4)
    X = rng.normal(size=(500, 2)) * np.array([0.3, 4.0]) + np.array([-7.0, 12.0])
    check_direction(call(principal_axis, X), [0.0, 1.0], atol=0.03)

@test("integer input works too")
def _():
    X = np.array([[0, 0], [2, 1], [4, 2], [6, 3]])
    check_direction(call(principal_axis, X), [2.0, 1.0], atol=1e-6)

@test("matches the SVD exactly on a random cloud", points=2)
def _():
    X = random_matrix(200, 2, seed=11) @ np.array([[2.0, 0.7], [0.0, 0.4]]) + 3.0
    c = X - X.mean(axis=0)
    expected = np.linalg.svd(c, full_matrices=False)[2][0]
    check_direction(call(principal_axis, X), expected, atol=1e-9)
