@test("points along the diagonal", points=2)
def _():
    X = np.array([[1.0, 1.0], [2.0, 2.1], [3.0, 2.9], [4.0, 4.0]])
    check_direction(call(principal_axis, X), [1.0, 1.0], atol=0.05)

@test("returns a unit vector of shape (2,)")
def _():
    X = np.array([[0.0, 0.0], [3.0, 1.0], [6.0, 2.1], [9.0, 2.9]])
    axis = call(principal_axis, X)
    check_shape(axis, (2,))
    check_close(float(np.linalg.norm(axis)), 1.0)

@test("1000 random points stretched along an axis", points=2)
def _():
    rng = np.random.default_rng(0)
    theta = 0.6
    R = np.array([[np.cos(theta), -np.sin(theta)], [np.sin(theta), np.cos(theta)]])
    X = (rng.normal(size=(1000, 2)) * np.array([5.0, 0.5])) @ R.T
    check_direction(call(principal_axis, X), [np.cos(theta), np.sin(theta)], atol=0.02)
