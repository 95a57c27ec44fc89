def pair(result, n):
    # (eigenvalue, eigenvector): a pair, then a number first, then a vector of shape (n,)
    check_true(isinstance(result, tuple) and len(result) == 2,
               "power_iteration(A) should return a pair (eigenvalue, eigenvector), but it returned " + repr(result) + ".")
    value, vector = result
    check_true(not isinstance(value, bool) and (isinstance(value, (int, float)) or isinstance(value, np.generic)),
               "power_iteration(A) should return the eigenvalue first, as a number, but the first item was " + repr(value) + ".")
    check_shape(vector, (n,), what="the eigenvector from power_iteration(A)")
    return result

@test("a diagonal matrix: the largest entry wins")
def _():
    value, vector = pair(call(power_iteration, np.diag([1.0, 5.0, 2.0])), 3)
    check_close(value, 5.0, what="the eigenvalue")
    check_direction(vector, [0.0, 1.0, 0.0], atol=1e-6, what="the eigenvector")

@test("a symmetric 4x4 matrix, checked by A v = lambda v", points=2)
def _():
    M = random_matrix(4, 4, seed=8)
    A = M @ M.T + 4 * np.eye(4)
    value, vector = pair(call(power_iteration, A, 500), 4)
    check_true(bool(np.all(np.isfinite(np.asarray(vector, dtype=float)))),
               "power_iteration(A, 500) returned a vector with inf or nan in it: " + repr(vector)
               + ". Divide v by its length after every multiplication, so its entries cannot overflow.")
    check_close(A @ vector, value * np.asarray(vector), rtol=1e-4, atol=1e-6, what="A @ v against lambda * v")
    check_close(value, float(np.max(np.linalg.eigvalsh(A))), rtol=1e-6, what="the eigenvalue")

@test("a non-symmetric matrix with a dominant eigenvalue")
def _():
    A = np.array([[4.0, 1.0], [2.0, 3.0]])
    value, vector = pair(call(power_iteration, A), 2)
    check_close(value, 5.0, what="the eigenvalue of [[4, 1], [2, 3]]")
    check_direction(vector, [1.0, 1.0], atol=1e-6, what="the eigenvector of [[4, 1], [2, 3]]")

@test("returns a unit vector")
def _():
    value, vector = pair(call(power_iteration, np.array([[10.0, 0.0], [0.0, 1.0]])), 2)
    check_close(float(np.linalg.norm(vector)), 1.0, what="the length of the eigenvector")
