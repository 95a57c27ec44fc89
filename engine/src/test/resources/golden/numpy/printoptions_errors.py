import numpy as np


def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: np.set_printoptions(precision=1.5))
attempt(lambda: np.set_printoptions(precision="3"))
attempt(lambda: np.set_printoptions(threshold="a"))
attempt(lambda: np.set_printoptions(threshold=np.nan))
attempt(lambda: np.set_printoptions(floatmode="x"))
attempt(lambda: np.set_printoptions(sign="x"))
attempt(lambda: np.set_printoptions(3, 10, 2))
print(np.get_printoptions())
attempt(lambda: np.set_printoptions(precision=-1))
attempt(lambda: print(np.array([1, 2])))
attempt(lambda: print(np.array([True])))
attempt(lambda: print(np.array([1.5])))
attempt(lambda: print(np.float64(1.5)))
np.set_printoptions(precision=2)
print(np.array([1.555]))
