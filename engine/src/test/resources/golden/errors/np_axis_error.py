# AxisError is numpy.exceptions.AxisError, both a ValueError and an IndexError; uncaught it prints its module.
import numpy as np
M = np.arange(6).reshape(2, 3)
try:
    M.sum(axis=2)
except ValueError as e:
    print('ValueError', e, type(e).__name__)
try:
    np.mean(M, axis=-3)
except IndexError as e:
    print('IndexError', e)
try:
    np.concatenate([M, M], axis=5)
except np.exceptions.AxisError as e:
    print('AxisError', e, isinstance(e, ValueError), isinstance(e, IndexError))
print(M.max(axis=1), M.argmin(axis=0, keepdims=True), M.argmax(keepdims=True))
print(M.std(axis=3))
