@test("the top singular values, not the smallest", points=2)
def _():
    A = np.diag([1.0, 5.0, 3.0])
    check_close(call(best_rank_k, A, 2), np.diag([0.0, 5.0, 3.0]), atol=1e-12)

@test("the result has rank k and A's shape", points=2)
def _():
    A = random_matrix(6, 4, seed=3)
    B = call(best_rank_k, A, 2)
    check_shape(B, (6, 4))
    check_equal(int(np.linalg.matrix_rank(B)), 2, what="the rank of best_rank_k(A, 2)")

@test("the error is the first dropped singular value (Eckart-Young)", points=2)
def _():
    A = random_matrix(5, 5, seed=4)
    S = np.linalg.svd(A, compute_uv=False)
    err = float(np.linalg.norm(A - call(best_rank_k, A, 3), 2))
    check_close(err, float(S[3]), rtol=1e-8, what="the 2-norm error of best_rank_k(A, 3)")
