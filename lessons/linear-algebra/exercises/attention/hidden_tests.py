@test("rows sum to 1 and large scores do not overflow", points=2)
def _():
    P = call(softmax_rows, np.array([[1000.0, 1001.0, 1002.0], [-5.0, 0.0, 5.0]]))
    check_shape(P, (2, 3))
    check_close(np.sum(P, axis=1), [1.0, 1.0], what="the row sums of softmax_rows([[1000, 1001, 1002], [-5, 0, 5]])")
    check_close(P[0], [0.09003057317038046, 0.24472847105479764, 0.6652409557748219], what="softmax_rows of [1000, 1001, 1002]")

@test("softmax works row by row, not over the whole matrix")
def _():
    check_close(call(softmax_rows, np.array([[0.0, 0.0], [5.0, 5.0]])), np.full((2, 2), 0.5))

@test("scaled by the square root of d_k", points=2)
def _():
    Q = random_matrix(3, 4, seed=1)
    K = random_matrix(5, 4, seed=2)
    V = random_matrix(5, 2, seed=3)
    s = Q @ K.T / 2.0
    w = np.exp(s - s.max(axis=1, keepdims=True))
    w = w / w.sum(axis=1, keepdims=True)
    check_close(call(attention, Q, K, V), w @ V)

@test("the output has shape (n, d_v)")
def _():
    out = call(attention, random_matrix(2, 3, seed=4), random_matrix(6, 3, seed=5), random_matrix(6, 7, seed=6))
    check_shape(out, (2, 7))
