@test("negative entries count by their size")
def _():
    v = np.array([-1.0, -2.0, -3.0])
    check_close(call(l1_norm, v), 6.0)
    check_close(call(linf_norm, v), 3.0)

@test("L2 of a 5-D vector")
def _():
    check_close(call(l2_norm, np.array([1.0, 2.0, 2.0, 4.0, 0.0])), 5.0)

@test("lists of ints work too")
def _():
    check_close(call(l1_norm, [1, -1, 2]), 4.0)
    check_close(call(l2_norm, [2, 3, 6]), 7.0)
    check_close(call(linf_norm, [0, -9, 4]), 9.0)

@test("agree with np.linalg.norm on random vectors", points=2)
def _():
    for seed in range(5):
        v = random_matrix(1, 7, seed=seed)[0]
        check_close(call(l1_norm, v), float(np.linalg.norm(v, 1)))
        check_close(call(l2_norm, v), float(np.linalg.norm(v)))
        check_close(call(linf_norm, v), float(np.linalg.norm(v, np.inf)))
