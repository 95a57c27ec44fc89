def pair(result, n):
    # (eigenvalue, eigenvector): a pair, then a number first, then a vector of shape (n,)
    check_true(isinstance(result, tuple) and len(result) == 2,
               "power_iteration(A) should return a pair (eigenvalue, eigenvector), but it returned " + repr(result) + ".")
    value, vector = result
    check_true(not isinstance(value, bool) and (isinstance(value, (int, float)) or isinstance(value, np.generic)),
               "power_iteration(A) should return the eigenvalue first, as a number, but the first item was " + repr(value) + ".")
    check_shape(vector, (n,), what="the eigenvector from power_iteration(A)")
    return result

@test("the 2x2 example", points=2)
def _():
    value, vector = pair(call(power_iteration, np.array([[2.0, 1.0], [1.0, 2.0]])), 2)
    check_close(value, 3.0, what="the eigenvalue from power_iteration([[2, 1], [1, 2]])")
    check_direction(vector, [1.0, 1.0], what="the eigenvector from power_iteration([[2, 1], [1, 2]])")
