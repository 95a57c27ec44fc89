package basis.engine.lang;

/** Raising and matching exceptions. */
final class Errors {
    private Errors() {}

    /** The exception class for a Python type name such as "ValueError" or "numpy.linalg.LinAlgError". */
    static PyClass classFor(String pythonType) {
        if (pythonType.equals("numpy.linalg.LinAlgError") || pythonType.equals("LinAlgError")) return Types.LINALG_ERROR;
        if (pythonType.equals("numpy.exceptions.AxisError")) return Types.AXIS_ERROR;
        for (PyClass c : Types.ALL_EXCEPTIONS) if (c.name.equals(pythonType)) return c;
        return Types.RUNTIME_ERROR;
    }

    /** What `raise e` throws: e may be an exception class or instance. */
    static PyException toRaise(Interp in, Object e) {
        if (e instanceof PyClass c && Types.isException(c)) {
            e = Calls.instantiate(in, c, new Object[0], null);
        }
        if (e instanceof PyInstance i && Types.isException(i.cls)) return new PyException(i);
        throw PyException.typeError("exceptions must derive from BaseException");
    }

    /** Does the exception match an except clause's type (a class or a tuple of classes)? */
    static boolean matches(Interp in, PyException e, Object spec) {
        if (spec instanceof PyClass c) {
            if (!Types.isException(c)) {
                throw PyException.typeError("catching classes that do not inherit from BaseException is not allowed");
            }
            return e.exc.cls.isSubclassOf(c);
        }
        if (spec instanceof PyTuple t) {
            for (Object o : t.items) if (matches(in, e, o)) return true;
            return false;
        }
        throw PyException.typeError("catching classes that do not inherit from BaseException is not allowed");
    }
}
