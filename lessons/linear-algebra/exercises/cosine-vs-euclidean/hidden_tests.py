@test("cosine ignores length")
def _():
    check_close(call(cosine, [3, 4], [6, 8]), 1.0)
    check_close(call(cosine, np.array([0.5, 2.0, -1.0]), np.array([1.0, 0.0, 1.0])), -0.1543033499620919)

@test("ties keep (i, j) order")
def _():
    vs = [[1, 0], [0, 1], [-1, 0], [0, -1]]
    check_equal(call(rank_by_euclidean, vs), [(0, 1), (0, 3), (1, 2), (2, 3), (0, 2), (1, 3)])
    check_equal(call(rank_by_cosine, vs), [(0, 1), (0, 3), (1, 2), (2, 3), (0, 2), (1, 3)])

@test("rankings are not reversed")
def _():
    vs = [[1.0, 1.0], [2.0, 2.1], [-1.0, 3.0], [5.0, -1.0]]
    check_equal(call(rank_by_cosine, vs), [(0, 1), (0, 3), (1, 3), (1, 2), (0, 2), (2, 3)])
    check_equal(call(rank_by_euclidean, vs), [(0, 1), (0, 2), (1, 2), (1, 3), (0, 3), (2, 3)])

@test("five random 4-D vectors", points=2)
def _():
    rng = np.random.default_rng(3)
    vs = [rng.normal(size=4) for _ in range(5)]
    pairs = [(i, j) for i in range(5) for j in range(i + 1, 5)]
    by_cos = sorted(pairs, key=lambda p: -float(vs[p[0]] @ vs[p[1]] / (np.linalg.norm(vs[p[0]]) * np.linalg.norm(vs[p[1]]))))
    by_dist = sorted(pairs, key=lambda p: float(np.linalg.norm(vs[p[0]] - vs[p[1]])))
    check_equal(call(rank_by_cosine, vs), by_cos)
    check_equal(call(rank_by_euclidean, vs), by_dist)

@test("a single pair")
def _():
    check_equal(call(rank_by_cosine, [[1, 2], [3, 4]]), [(0, 1)])
    check_equal(call(rank_by_euclidean, [[1, 2], [3, 4]]), [(0, 1)])
