import numpy as np

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("1 // 0", lambda: 1 // 0)
attempt("1 % 0", lambda: 1 % 0)
attempt("1 / 0", lambda: 1 / 0)
attempt("1.0 // 0.0", lambda: 1.0 // 0.0)
attempt("divmod(7, 0)", lambda: divmod(7, 0))
attempt("min64 // -1", lambda: (-9223372036854775807 - 1) // -1)
attempt("min64 % -1", lambda: (-9223372036854775807 - 1) % -1)
attempt("abs(min64)", lambda: abs(-9223372036854775807 - 1))
attempt("2 ** 64", lambda: 2 ** 64)
attempt("pow(2, 100, 7)", lambda: pow(2, 100, 7))
attempt("int array // 0", lambda: np.array([1, 2, 0]) // 0)
attempt("int array % 0", lambda: np.array([1, 2, 0]) % 0)
attempt("float array / 0", lambda: np.array([1.0, -1.0, 0.0]) / 0)
attempt("list index", lambda: [1, 2, 3][5])
attempt("negative range", lambda: list(range(5, 0, -2)))
attempt("[0] * -1", lambda: [0] * -1)
attempt("'ab' * -3", lambda: "ab" * -3)
