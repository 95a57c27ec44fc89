def pair(result):
    check_true(isinstance(result, tuple) and len(result) == 2,
               "power_iteration(A) should return a pair (eigenvalue, eigenvector), but it returned " + repr(result) + ".")
    return result

@test("the 2x2 example", points=2)
def _():
    value, vector = pair(call(power_iteration, np.array([[2.0, 1.0], [1.0, 2.0]])))
    check_close(value, 3.0, what="the eigenvalue from power_iteration([[2, 1], [1, 2]])")
    check_direction(vector, [1.0, 1.0], what="the eigenvector from power_iteration([[2, 1], [1, 2]])")
