@test("a column times a row gives an outer product")
def _():
    check_equal(call(matmul, [[1], [2], [3]], [[4, 5]]), [[4, 5], [8, 10], [12, 15]])

@test("(3, 2) times (2, 4): the result is not transposed", points=2)
def _():
    A = [[1, 2], [3, 4], [5, 6]]
    B = [[1, 0, 2, -1], [0, 1, 3, 1]]
    check_equal(call(matmul, A, B), [[1, 2, 8, 1], [3, 4, 18, 1], [5, 6, 28, 1]])

@test("floats are multiplied exactly as A @ B would")
def _():
    check_close(call(matmul, [[0.5, 1.5], [2.0, -1.0]], [[2.0], [0.25]]), [[1.375], [3.75]])

@test("the identity leaves a matrix unchanged")
def _():
    A = [[2, -1, 0], [4, 3, 7], [1, 1, 1]]
    I = [[1, 0, 0], [0, 1, 0], [0, 0, 1]]
    check_equal(call(matmul, A, I), [[2, -1, 0], [4, 3, 7], [1, 1, 1]])
    check_equal(call(matmul, I, A), [[2, -1, 0], [4, 3, 7], [1, 1, 1]])

@test("the inputs are not modified")
def _():
    A = [[1, 2], [3, 4]]
    B = [[5, 6], [7, 8]]
    check_equal(call(matmul, A, B), [[19, 22], [43, 50]])
    check_true(A == [[1, 2], [3, 4]] and B == [[5, 6], [7, 8]], "matmul(A, B) changed its inputs A or B.")

@test("(2, 2) times (3, 2) raises ValueError")
def _():
    check_raises(ValueError, matmul, [[1, 2], [3, 4]], [[1, 2], [3, 4], [5, 6]])

@test("a 20x30 by 30x15 product")
def _():
    A = [[(i * 7 + j * 3) % 11 - 5 for j in range(30)] for i in range(20)]
    B = [[(i * 5 + j * 2) % 13 - 6 for j in range(15)] for i in range(30)]
    # the expected product from NumPy (the tests may use it; the submission may not): integers, exact
    expected = (np.array(A) @ np.array(B)).tolist()
    got = call(matmul, A, B)
    what = "matmul(A, B) for a 20x30 A and a 30x15 B"
    check_shape(got, (20, 15), what=what)
    rows = [list(row) for row in got]
    if rows != expected:
        # name the first wrong entry instead of printing two 20x15 matrices
        for i in range(20):
            if rows[i] != expected[i]:
                j = [rows[i][t] == expected[i][t] for t in range(15)].index(False)
                fail(what + " should have " + repr(expected[i][j]) + " at [" + str(i) + "][" + str(j) + "] (row " + str(i)
                     + " of A times column " + str(j) + " of B), but it has " + repr(rows[i][j]) + ".")
