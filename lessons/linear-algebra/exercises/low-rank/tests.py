@test("the example: keep the largest singular value")
def _():
    check_close(call(best_rank_k, np.array([[3.0, 0.0], [0.0, 1.0]]), 1), np.array([[3.0, 0.0], [0.0, 0.0]]), atol=1e-12)

@test("keeping every singular value rebuilds A", points=2)
def _():
    A = random_matrix(4, 3, seed=2)
    check_reconstruction(call(best_rank_k, A, 3), A, rtol=1e-10, what="best_rank_k(A, 3) for a 4x3 A")
