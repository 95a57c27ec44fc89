@test("the three norms of [3, -4]", points=3)
def _():
    v = np.array([3.0, -4.0])
    check_close(call(l1_norm, v), 7.0)
    check_close(call(l2_norm, v), 5.0)
    check_close(call(linf_norm, v), 4.0)
