@test("the L1 norm of [3, -4] is 7")
def _():
    check_close(call(l1_norm, np.array([3.0, -4.0])), 7.0)

@test("the L2 norm of [3, -4] is 5")
def _():
    check_close(call(l2_norm, np.array([3.0, -4.0])), 5.0)

@test("the L-infinity norm of [3, -4] is 4")
def _():
    check_close(call(linf_norm, np.array([3.0, -4.0])), 4.0)
