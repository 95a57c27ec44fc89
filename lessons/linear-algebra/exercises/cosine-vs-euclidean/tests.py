@test("cosine of parallel, orthogonal and opposite vectors")
def _():
    check_close(call(cosine, [1, 0], [10, 0]), 1.0)
    check_close(call(cosine, [1, 0], [0, 3]), 0.0, atol=1e-12)
    check_close(call(cosine, [1, 2], [-2, -4]), -1.0)

@test("rank_by_cosine on the example: most similar first", points=2)
def _():
    check_equal(call(rank_by_cosine, [[1, 0], [10, 0], [0, 1]]), [(0, 1), (0, 2), (1, 2)])

@test("rank_by_euclidean on the example: closest first", points=2)
def _():
    check_equal(call(rank_by_euclidean, [[1, 0], [10, 0], [0, 1]]), [(0, 2), (0, 1), (1, 2)])
