@test("softmax of the example rows")
def _():
    check_close(call(softmax_rows, np.array([[1.0, 1.0], [0.0, np.log(3.0)]])), np.array([[0.5, 0.5], [0.25, 0.75]]))

@test("attention with one query picks the matching key", points=2)
def _():
    Q = np.array([[10.0, 0.0]])
    K = np.array([[10.0, 0.0], [0.0, 10.0]])
    V = np.array([[1.0, 2.0, 3.0], [-1.0, -2.0, -3.0]])
    check_close(call(attention, Q, K, V), np.array([[1.0, 2.0, 3.0]]), atol=1e-6)
