package basis.grader;

/**
 * The check helpers test authors use, written in the student language itself (so instructors can
 * read them). They run in the tests' own namespace, never in the student's. Feedback comes in a
 * fixed order: exists, type, shape, dtype, values; each failure is one plain sentence naming the
 * call and showing expected against got.
 *
 * <p>Available to tests.py: {@code @test(name, points=1)}, {@code call(f, *args)} (calls the
 * student's function; an exception becomes a failure naming the student's line), {@code
 * check_equal}, {@code check_close}, {@code check_raises}, {@code check_true}, {@code check_shape},
 * {@code check_direction} (up to sign), {@code check_orthonormal}, {@code check_subspace}, {@code
 * check_reconstruction}, {@code check_same_values} (any order), {@code random_matrix}, {@code fail},
 * and {@code np}.
 */
final class Checks {
    private Checks() {}

    static final String FILENAME = "checks.py";

    static final String SOURCE = """
import numpy as np
import math

class CheckFailed(AssertionError):
    pass

def fail(message):
    raise CheckFailed(message)

def _is_number(v):
    if isinstance(v, bool):
        return False
    return isinstance(v, (int, float)) or isinstance(v, np.generic)

def _kind(v):
    if v is None:
        return "None"
    if isinstance(v, bool) or isinstance(v, np.bool_):
        return "a bool"
    if isinstance(v, np.ndarray):
        return "a NumPy array"
    if _is_number(v):
        return "a number"
    if isinstance(v, list):
        return "a list"
    if isinstance(v, tuple):
        return "a tuple"
    if isinstance(v, dict):
        return "a dict"
    if isinstance(v, str):
        return "a string"
    return "a " + type(v).__name__

def _show(v):
    if isinstance(v, np.ndarray):
        return "np." + " ".join(repr(v).split())
    return repr(v)

def _shape(v):
    if isinstance(v, np.ndarray):
        return v.shape
    if isinstance(v, (list, tuple)):
        if len(v) == 0:
            return (0,)
        inner = _shape(v[0])
        for item in v[1:]:
            if _shape(item) != inner:
                return None
        return (len(v),) + inner
    return ()

def _flat(v):
    if isinstance(v, np.ndarray):
        return [x for x in v.ravel().tolist()]
    if isinstance(v, (list, tuple)):
        out = []
        for item in v:
            out.extend(_flat(item))
        return out
    return [v]

def _where(index, shape):
    if len(shape) <= 1:
        return "[" + str(index) + "]"
    parts = []
    for size in reversed(shape):
        parts.append(index % size)
        index = index // size
    return "".join("[" + str(p) + "]" for p in reversed(parts))

def _what(what):
    return what if what is not None else _last_call()

def _check_kind(actual, expected, what):
    if actual is None and expected is not None:
        fail(_what(what) + " should return " + _kind(expected) + ", but it returned None. Did you forget to return the result?")
    if _is_number(expected):
        if not _is_number(actual):
            fail(_what(what) + " should return a number, but it returned " + _kind(actual) + ": " + _show(actual) + ".")
        return
    if isinstance(expected, (list, tuple)) and not isinstance(expected, np.ndarray):
        if not isinstance(actual, (list, tuple, np.ndarray)):
            fail(_what(what) + " should return " + _kind(expected) + ", but it returned " + _kind(actual) + ": " + _show(actual) + ".")
        return
    if isinstance(expected, np.ndarray):
        if not isinstance(actual, (np.ndarray, list, tuple)):
            fail(_what(what) + " should return an array, but it returned " + _kind(actual) + ": " + _show(actual) + ".")
        return
    if type(actual) != type(expected) and not (_is_number(actual) and _is_number(expected)):
        fail(_what(what) + " should return " + _kind(expected) + ", but it returned " + _kind(actual) + ": " + _show(actual) + ".")

def _check_shape(actual, expected, what):
    es = _shape(expected)
    acs = _shape(actual)
    if acs is None:
        fail(_what(what) + " should return something of shape " + str(es) + ", but its rows have different lengths: " + _show(actual) + ".")
    if es != acs:
        fail(_what(what) + " should have shape " + str(es) + ", but it has shape " + str(acs) + ": got " + _show(actual) + ", expected " + _show(expected) + ".")

def _close(a, e, rtol, atol):
    if isinstance(a, bool) or isinstance(e, bool):
        return a == e
    if not _is_number(a) or not _is_number(e):
        return a == e
    if math.isnan(e):
        return math.isnan(a)
    return abs(a - e) <= atol + rtol * abs(e)

def _check_values(actual, expected, what, rtol, atol):
    fa = _flat(actual)
    fe = _flat(expected)
    for i in range(len(fe)):
        ok = (fa[i] == fe[i]) if rtol is None else _close(fa[i], fe[i], rtol, atol)
        if not ok:
            tol = "" if rtol is None else " (compared with rtol=" + repr(rtol) + ", atol=" + repr(atol) + ")"
            if len(fe) == 1 and _shape(expected) == ():
                fail(_what(what) + " should be " + _show(expected) + ", but it was " + _show(actual) + tol + ".")
            fail(_what(what) + " should be " + _show(expected) + ", but it was " + _show(actual) + ": the first difference is at "
                 + _where(i, _shape(expected)) + ", expected " + repr(fe[i]) + ", got " + repr(fa[i]) + tol + ".")

def check_equal(actual, expected, what=None):
    _check_kind(actual, expected, what)
    if not _is_number(expected):
        _check_shape(actual, expected, what)
    _check_values(actual, expected, what, None, None)

def check_close(actual, expected, rtol=1e-05, atol=1e-08, what=None):
    _check_kind(actual, expected, what)
    if not _is_number(expected):
        _check_shape(actual, expected, what)
    _check_values(actual, expected, what, rtol, atol)

def check_shape(actual, shape, what=None):
    if actual is None:
        fail(_what(what) + " should return something of shape " + str(tuple(shape)) + ", but it returned None. Did you forget to return the result?")
    got = _shape(actual)
    if got != tuple(shape):
        fail(_what(what) + " should have shape " + str(tuple(shape)) + ", but it has shape " + str(got) + ".")

def check_true(condition, message):
    if not condition:
        fail(message)

def _as_array(v, what):
    try:
        return np.array(v, dtype=float)
    except Exception:
        fail(_what(what) + " should return numbers, but it returned " + _kind(v) + ": " + _show(v) + ".")

def _check_array_shape(actual, shape, what):
    got = np.shape(actual) if isinstance(actual, np.ndarray) else _shape(actual)
    if got != tuple(shape):
        fail(_what(what) + " should have shape " + str(tuple(shape)) + ", but it has shape " + str(got) + ".")

def check_direction(actual, expected, atol=1e-6, what=None):
    # The same direction up to sign: a unit vector along expected (either sign is right).
    _check_kind(actual, np.array(expected), what)
    e = np.array(expected, dtype=float)
    _check_array_shape(actual, e.shape, what)
    a = _as_array(actual, what)
    na = np.linalg.norm(a)
    if abs(na - 1.0) > 1e-6:
        fail(_what(what) + " should be a unit vector (length 1), but its length is " + repr(float(na)) + ": " + _show(actual) + ".")
    e = e / np.linalg.norm(e)
    if np.linalg.norm(a - e) > atol and np.linalg.norm(a + e) > atol:
        fail(_what(what) + " should point along " + _show(np.round(e, 6)) + " (either sign), but it was " + _show(actual)
             + " (compared with atol=" + repr(atol) + ").")

def check_orthonormal(actual, atol=1e-6, what=None):
    # The columns are orthonormal: Q.T @ Q is the identity.
    q = _as_array(actual, what)
    if q.ndim != 2:
        fail(_what(what) + " should be a 2-D array (a matrix), but it has shape " + str(q.shape) + ".")
    g = q.T @ q
    if not np.allclose(g, np.eye(g.shape[0]), atol=atol, rtol=0):
        fail(_what(what) + " should have orthonormal columns (Q.T @ Q = I), but Q.T @ Q was " + _show(np.round(g, 6)) + ".")

def _orthonormal_columns(m):
    # modified Gram-Schmidt: an orthonormal basis of the column space (dependent columns dropped)
    cols = []
    for j in range(m.shape[1]):
        v = m[:, j].copy()
        for q in cols:
            v = v - (q @ v) * q
        n = np.linalg.norm(v)
        if n > 1e-12 * max(1.0, np.linalg.norm(m)):
            cols.append(v / n)
    return np.array(cols).T if cols else np.zeros((m.shape[0], 0))

def check_subspace(actual, expected, atol=1e-6, what=None):
    # The columns of actual span the same subspace as the columns of expected.
    a = _as_array(actual, what)
    e = np.array(expected, dtype=float)
    if a.ndim == 1:
        a = a[:, None]
    if e.ndim == 1:
        e = e[:, None]
    if a.shape != e.shape:
        fail(_what(what) + " should have shape " + str(e.shape) + ", but it has shape " + str(a.shape) + ".")
    qe = _orthonormal_columns(e)
    residual = a - qe @ (qe.T @ a)
    if np.linalg.norm(residual) > atol * max(1.0, np.linalg.norm(a)):
        fail(_what(what) + " should span the same subspace as " + _show(np.round(e, 6)) + ", but it does not (residual "
             + repr(float(np.linalg.norm(residual))) + ").")

def check_reconstruction(product, target, rtol=1e-6, what="the reconstruction"):
    # A product of factors rebuilds the target (relative Frobenius error below rtol).
    p = _as_array(product, what)
    t = np.array(target, dtype=float)
    if p.shape != t.shape:
        fail(_what(what) + " should have shape " + str(t.shape) + ", but it has shape " + str(p.shape) + ".")
    err = np.linalg.norm(p - t) / max(np.linalg.norm(t), 1e-300)
    if err > rtol:
        fail(_what(what) + " should rebuild the matrix (relative error at most " + repr(rtol) + "), but the relative error is "
             + repr(float(err)) + ".")

def check_same_values(actual, expected, rtol=1e-05, atol=1e-08, what=None):
    # The same numbers in any order (e.g. eigenvalues).
    _check_kind(actual, np.array(expected), what)
    a = np.sort(_as_array(actual, what).ravel())
    e = np.sort(np.array(expected, dtype=float).ravel())
    if a.shape != e.shape:
        fail(_what(what) + " should have " + str(e.size) + " values, but it has " + str(a.size) + ".")
    if not np.allclose(a, e, rtol=rtol, atol=atol):
        fail(_what(what) + " should be " + _show(e) + " in any order, but it was " + _show(actual) + " (compared with rtol="
             + repr(rtol) + ", atol=" + repr(atol) + ").")

def random_matrix(rows, cols, seed=0, scale=1.0):
    # A reproducible matrix of normal random numbers (the same in the browser and on the server).
    return np.random.default_rng(seed).normal(size=(rows, cols)) * scale

def check_raises(error, f, *args):
    _note_call(f, args)
    what = None
    try:
        result = f(*args)
    except error:
        return
    except Exception as e:
        fail(_what(what) + " should raise " + error.__name__ + ", but it raised " + type(e).__name__ + ": " + str(e)
             + _student_line(e) + ".")
    fail(_what(what) + " should raise " + error.__name__ + ", but it returned " + _show(result) + ".")
""";
}
