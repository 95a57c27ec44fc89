@test("2x2 times 2x2")
def _():
    check_equal(call(matmul, [[1, 2], [3, 4]], [[5, 6], [7, 8]]), [[19, 22], [43, 50]])

@test("a row times a column gives a 1x1 matrix")
def _():
    check_equal(call(matmul, [[1, 2, 3]], [[1], [2], [3]]), [[14]])

@test("non-square: (2, 3) times (3, 2)", points=2)
def _():
    A = [[1, 2, 3], [4, 5, 6]]
    B = [[7, 8], [9, 10], [11, 12]]
    check_equal(call(matmul, A, B), [[58, 64], [139, 154]])

@test("inner dimensions that differ raise ValueError", points=2)
def _():
    check_raises(ValueError, matmul, [[1, 2, 3]], [[1, 2, 3]])
