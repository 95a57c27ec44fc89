# np.triu / np.tril (k, 1-D and stacked inputs, dtypes) and np.triu_indices / np.tril_indices (k, m), *_from
import numpy as np

A = np.arange(1, 13).reshape(3, 4)
print(np.triu(A), np.tril(A), np.triu(A, 1), np.tril(A, -1), np.triu(A, k=-1), np.tril(A, k=5), np.triu(A, -5), np.tril(A, -3), sep="\n")
print(repr(np.triu([1, 2, 3])), repr(np.tril([[1.5, -2], [3, 4]])), repr(np.triu(np.array([[True, True], [True, True]]))))
print(repr(np.triu(np.ones((2, 2, 2)))), repr(np.tril(np.arange(12.0).reshape(2, 3, 2), 0)))
print(repr(np.triu([[1 + 2j, 1], [2, 3]])), repr(np.tril(-np.zeros((2, 2)))), repr(np.triu([])), repr(np.triu([[]])))
print(repr(np.triu(A.T)), repr(np.triu(A, np.int64(1))), repr(np.triu(m=A, k=True)), repr(np.tril(A[:, ::-2])))
print(np.triu_indices(3), np.triu_indices(3, 1), np.triu_indices(3, k=-1), np.tril_indices(3), np.tril_indices(3, -1))
print(np.triu_indices(3, m=4), np.tril_indices(2, k=1, m=5), np.triu_indices(0), np.triu_indices(-1), np.triu_indices(3, 5))
print(np.triu_indices(3.0), np.triu_indices(n=2), np.triu_indices(3, 0, 2), np.triu_indices(np.int64(2)), np.triu_indices(3, m=None))
print(np.tril_indices(4, k=-5), np.tril_indices(1), np.triu_indices(True), np.triu_indices(2)[0].dtype)
print(A[np.triu_indices(3)], A[np.tril_indices(3, -1)], np.triu_indices_from(A), np.tril_indices_from(A, -1), np.tril_indices_from(A.T, k=1))
B = np.zeros((4, 4))
B[np.triu_indices(4, 1)] = np.arange(1.0, 7.0)
print(B + B.T)
rows, cols = np.tril_indices(3)
print(rows, cols, rows.dtype, len(rows))
M = np.arange(16).reshape(4, 4)
print(M[np.triu_indices_from(M, k=1)].sum(), np.triu(M).sum() - np.trace(M), np.allclose(np.triu(M) + np.tril(M, -1), M))
for call in [lambda: np.triu(5), lambda: np.triu(A, k=None), lambda: np.tril(A, k=None), lambda: np.triu_indices(), lambda: np.tril(), lambda: np.tril_indices_from(k=1),
             lambda: np.triu_indices_from(np.ones(3)), lambda: np.tril_indices_from(np.ones((2, 2, 2)))]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
