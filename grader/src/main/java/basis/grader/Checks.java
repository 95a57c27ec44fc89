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
 * {@code fail}, and {@code np}.
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
        return "np." + repr(v)
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
        fail(what + " should return " + _kind(expected) + ", but it returned None. Did you forget to return the result?")
    if _is_number(expected):
        if not _is_number(actual):
            fail(what + " should return a number, but it returned " + _kind(actual) + ": " + _show(actual) + ".")
        return
    if isinstance(expected, (list, tuple)) and not isinstance(expected, np.ndarray):
        if not isinstance(actual, (list, tuple)):
            fail(what + " should return " + _kind(expected) + ", but it returned " + _kind(actual) + ": " + _show(actual) + ".")
        return
    if isinstance(expected, np.ndarray):
        if not isinstance(actual, (np.ndarray, list, tuple)):
            fail(what + " should return an array, but it returned " + _kind(actual) + ": " + _show(actual) + ".")
        return
    if type(actual) != type(expected) and not (_is_number(actual) and _is_number(expected)):
        fail(what + " should return " + _kind(expected) + ", but it returned " + _kind(actual) + ": " + _show(actual) + ".")

def _check_shape(actual, expected, what):
    es = _shape(expected)
    acs = _shape(actual)
    if acs is None:
        fail(what + " should return something of shape " + str(es) + ", but its rows have different lengths: " + _show(actual) + ".")
    if es != acs:
        fail(what + " should have shape " + str(es) + ", but it has shape " + str(acs) + ": got " + _show(actual) + ", expected " + _show(expected) + ".")

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
                fail(what + " should be " + _show(expected) + ", but it was " + _show(actual) + tol + ".")
            fail(what + " should be " + _show(expected) + ", but it was " + _show(actual) + ": the first difference is at "
                 + _where(i, _shape(expected)) + ", expected " + repr(fe[i]) + ", got " + repr(fa[i]) + tol + ".")

def check_equal(actual, expected, what=None):
    what = _what(what)
    _check_kind(actual, expected, what)
    if not _is_number(expected):
        _check_shape(actual, expected, what)
    _check_values(actual, expected, what, None, None)

def check_close(actual, expected, rtol=1e-05, atol=1e-08, what=None):
    what = _what(what)
    _check_kind(actual, expected, what)
    if not _is_number(expected):
        _check_shape(actual, expected, what)
    _check_values(actual, expected, what, rtol, atol)

def check_shape(actual, shape, what=None):
    what = _what(what)
    got = _shape(actual)
    if got != tuple(shape):
        fail(what + " should have shape " + str(tuple(shape)) + ", but it has shape " + str(got) + ".")

def check_true(condition, message):
    if not condition:
        fail(message)

def check_raises(error, f, *args):
    what = _describe(f, args)
    try:
        result = f(*args)
    except error:
        return
    except Exception as e:
        fail(what + " should raise " + error.__name__ + ", but it raised " + type(e).__name__ + ": " + str(e)
             + _student_line(e) + ".")
    fail(what + " should raise " + error.__name__ + ", but it returned " + _show(result) + ".")
""";
}
