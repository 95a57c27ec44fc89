@test("the result is (m, n), not (n, m)", points=2)
def _():
    A = random_matrix(2, 4, seed=1)
    B = random_matrix(5, 4, seed=2)
    got = call(cosine_matrix, A, B)
    check_shape(got, (2, 5))

@test("every entry is the cosine of a pair of rows", points=2)
def _():
    A = random_matrix(3, 6, seed=3)
    B = random_matrix(4, 6, seed=4)
    expected = [[float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b))) for b in B] for a in A]
    check_close(call(cosine_matrix, A, B), np.array(expected))

@test("a vector with itself has similarity 1")
def _():
    A = random_matrix(4, 3, seed=5)
    C = call(cosine_matrix, A, A)
    check_shape(C, (4, 4))
    check_close(np.diag(C), np.ones(4), what="the diagonal of cosine_matrix(A, A)")

@test("scaling a row does not change its similarities")
def _():
    A = np.array([[1.0, 2.0, 2.0]])
    B = np.array([[2.0, 1.0, 0.0], [0.0, 0.0, 5.0]])
    check_close(call(cosine_matrix, 10 * A, B), np.array([[4.0 / (3 * 5 ** 0.5), 2.0 / 3.0]]))
