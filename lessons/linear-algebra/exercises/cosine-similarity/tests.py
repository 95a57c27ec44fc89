@test("the example", points=2)
def _():
    A = np.array([[1.0, 0.0], [1.0, 1.0]])
    B = np.array([[2.0, 0.0], [0.0, 3.0], [-1.0, -1.0]])
    r = 2 ** -0.5
    check_close(call(cosine_matrix, A, B), np.array([[1.0, 0.0, -r], [r, r, -1.0]]), atol=1e-9)
