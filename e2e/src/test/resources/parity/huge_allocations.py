# Huge allocations fail at once with MemoryError, catchable, before anything is allocated.
import numpy as np

for make in [lambda: [0] * 10**10, lambda: "ab" * 10**10, lambda: np.zeros(10**11), lambda: np.ones((10**5, 10**5)),
             lambda: list(range(10**10))]:
    try:
        make()
    except MemoryError as e:
        print("MemoryError", e)
x = [0] * 10**10
