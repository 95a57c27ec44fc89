package basis.engine.lang;

import basis.engine.nd.NDArray;
import java.math.BigInteger;
import java.util.function.Predicate;

/** The builtin type objects and the exception hierarchy. Immutable after class initialisation. */
public final class Types {
    private Types() {}

    private static PyClass type(String name, PyClass base, PyBuiltin.Body ctor, Predicate<Object> test) {
        return new PyClass(name, base == null ? new PyClass[0] : new PyClass[] {base}, true,
                ctor == null ? null : new PyBuiltin(name, ctor), test, "builtins");
    }

    public static final PyClass OBJECT = type("object", null, (in, a, k) -> new PyInstance(Types.OBJECT), o -> true);
    public static final PyClass TYPE = type("type", OBJECT, (in, a, k) -> {
        if (a.length == 1) return Ops.typeOf(a[0]);
        throw PyException.typeError("type() takes 1 argument in Basis (creating classes with type() is not supported)");
    }, o -> o instanceof PyClass);
    public static final PyClass INT = type("int", OBJECT, Builtins::int_, o -> o instanceof Long || o instanceof BigInteger
            || o instanceof Boolean);
    public static final PyClass BOOL = type("bool", INT, Builtins::bool_, o -> o instanceof Boolean);
    public static final PyClass FLOAT = type("float", OBJECT, Builtins::float_, o -> o instanceof Double
            || (o instanceof NpScalar s && s.dtype() == basis.engine.nd.DType.FLOAT64));
    public static final PyClass COMPLEX = type("complex", OBJECT, Builtins::complex_, o -> o instanceof PyComplex);
    public static final PyClass STR = type("str", OBJECT, Builtins::str_, o -> o instanceof String);
    public static final PyClass LIST = type("list", OBJECT, Builtins::list_, o -> o instanceof PyList);
    public static final PyClass TUPLE = type("tuple", OBJECT, Builtins::tuple_, o -> o instanceof PyTuple);
    public static final PyClass DICT = type("dict", OBJECT, Builtins::dict_, o -> o instanceof PyDict);
    public static final PyClass SET = type("set", OBJECT, Builtins::set_, o -> o instanceof PySet s && !s.frozen);
    public static final PyClass FROZENSET = type("frozenset", OBJECT, Builtins::frozenset_, o -> o instanceof PySet s && s.frozen);
    public static final PyClass NONE_TYPE = type("NoneType", OBJECT, null, o -> o == PyNone.NONE);
    public static final PyClass RANGE = type("range", OBJECT, Builtins::range_, o -> o instanceof PyRange);
    public static final PyClass SLICE = type("slice", OBJECT, Builtins::slice_, o -> o instanceof PySlice);
    public static final PyClass FUNCTION = type("function", OBJECT, null, o -> o instanceof PyFunction);
    public static final PyClass BUILTIN_FUNCTION = type("builtin_function_or_method", OBJECT, null, o -> o instanceof PyBuiltin);
    public static final PyClass METHOD = type("method", OBJECT, null, o -> o instanceof PyBoundMethod);
    public static final PyClass MODULE = type("module", OBJECT, null, o -> o instanceof PyModule);
    public static final PyClass GENERATOR = type("generator", OBJECT, null, o -> o instanceof CompNodes.GenIter);
    public static final PyClass ITERATOR = type("iterator", OBJECT, null, o -> o instanceof PyIter);
    public static final PyClass DICT_KEYS = type("dict_keys", OBJECT, null, o -> o instanceof PyDictView v && v.kind == PyDictView.KEYS);
    public static final PyClass DICT_VALUES = type("dict_values", OBJECT, null,
            o -> o instanceof PyDictView v && v.kind == PyDictView.VALUES);
    public static final PyClass DICT_ITEMS = type("dict_items", OBJECT, null, o -> o instanceof PyDictView v && v.kind == PyDictView.ITEMS);

    // numpy types (module "numpy")
    private static PyClass np(String name, PyClass base, Predicate<Object> test) {
        return new PyClass(name, base == null ? new PyClass[] {OBJECT} : new PyClass[] {base}, true, null, test, "numpy");
    }

    public static final PyClass NDARRAY = np("ndarray", null, o -> o instanceof NDArray);
    public static final PyClass NP_GENERIC = np("generic", null, o -> o instanceof NpScalar);
    public static final PyClass NP_FLOAT64 = np("float64", FLOAT, o -> o instanceof NpScalar s && s.dtype() == basis.engine.nd.DType.FLOAT64);
    public static final PyClass NP_INT64 = np("int64", NP_GENERIC, o -> o instanceof NpScalar s && s.dtype() == basis.engine.nd.DType.INT64);
    public static final PyClass NP_BOOL = np("bool", NP_GENERIC, o -> o instanceof NpScalar s && s.dtype() == basis.engine.nd.DType.BOOL);
    public static final PyClass NP_COMPLEX128 = np("complex128", NP_GENERIC,
            o -> o instanceof NpScalar s && s.dtype() == basis.engine.nd.DType.COMPLEX128);

    // exceptions
    private static PyClass exc(String name, PyClass base) {
        return new PyClass(name, base == null ? new PyClass[] {OBJECT} : new PyClass[] {base}, true, null, null, "builtins");
    }

    public static final PyClass BASE_EXCEPTION = exc("BaseException", null);
    public static final PyClass EXCEPTION = exc("Exception", BASE_EXCEPTION);
    public static final PyClass ARITHMETIC_ERROR = exc("ArithmeticError", EXCEPTION);
    public static final PyClass ZERO_DIVISION_ERROR = exc("ZeroDivisionError", ARITHMETIC_ERROR);
    public static final PyClass OVERFLOW_ERROR = exc("OverflowError", ARITHMETIC_ERROR);
    public static final PyClass ASSERTION_ERROR = exc("AssertionError", EXCEPTION);
    public static final PyClass ATTRIBUTE_ERROR = exc("AttributeError", EXCEPTION);
    public static final PyClass IMPORT_ERROR = exc("ImportError", EXCEPTION);
    public static final PyClass MODULE_NOT_FOUND_ERROR = exc("ModuleNotFoundError", IMPORT_ERROR);
    public static final PyClass LOOKUP_ERROR = exc("LookupError", EXCEPTION);
    public static final PyClass INDEX_ERROR = exc("IndexError", LOOKUP_ERROR);
    public static final PyClass KEY_ERROR = exc("KeyError", LOOKUP_ERROR);
    public static final PyClass MEMORY_ERROR = exc("MemoryError", EXCEPTION);
    public static final PyClass NAME_ERROR = exc("NameError", EXCEPTION);
    public static final PyClass UNBOUND_LOCAL_ERROR = exc("UnboundLocalError", NAME_ERROR);
    public static final PyClass RUNTIME_ERROR = exc("RuntimeError", EXCEPTION);
    public static final PyClass NOT_IMPLEMENTED_ERROR = exc("NotImplementedError", RUNTIME_ERROR);
    public static final PyClass RECURSION_ERROR = exc("RecursionError", RUNTIME_ERROR);
    public static final PyClass STOP_ITERATION = exc("StopIteration", EXCEPTION);
    public static final PyClass SYNTAX_ERROR = exc("SyntaxError", EXCEPTION);
    public static final PyClass INDENTATION_ERROR = exc("IndentationError", SYNTAX_ERROR);
    public static final PyClass TYPE_ERROR = exc("TypeError", EXCEPTION);
    public static final PyClass VALUE_ERROR = exc("ValueError", EXCEPTION);
    public static final PyClass OS_ERROR = exc("OSError", EXCEPTION);
    public static final PyClass TIMEOUT_ERROR = exc("TimeoutError", OS_ERROR);
    public static final PyClass KEYBOARD_INTERRUPT = exc("KeyboardInterrupt", BASE_EXCEPTION);
    public static final PyClass SYSTEM_EXIT = exc("SystemExit", BASE_EXCEPTION);
    public static final PyClass LINALG_ERROR = new PyClass("LinAlgError", new PyClass[] {VALUE_ERROR}, true, null, null,
            "numpy.linalg");
    /** numpy.exceptions.AxisError: both a ValueError and an IndexError, as in NumPy. */
    public static final PyClass AXIS_ERROR = new PyClass("AxisError", new PyClass[] {VALUE_ERROR, INDEX_ERROR}, true, null,
            null, "numpy.exceptions");

    public static final PyClass[] ALL_EXCEPTIONS = {BASE_EXCEPTION, EXCEPTION, ARITHMETIC_ERROR, ZERO_DIVISION_ERROR,
            OVERFLOW_ERROR, ASSERTION_ERROR, ATTRIBUTE_ERROR, IMPORT_ERROR, MODULE_NOT_FOUND_ERROR, LOOKUP_ERROR, INDEX_ERROR,
            KEY_ERROR, MEMORY_ERROR, NAME_ERROR, UNBOUND_LOCAL_ERROR, RUNTIME_ERROR, NOT_IMPLEMENTED_ERROR, RECURSION_ERROR,
            STOP_ITERATION, SYNTAX_ERROR, INDENTATION_ERROR, TYPE_ERROR, VALUE_ERROR, OS_ERROR, TIMEOUT_ERROR,
            KEYBOARD_INTERRUPT, SYSTEM_EXIT};

    public static boolean isException(PyClass c) {
        return c.isSubclassOf(BASE_EXCEPTION);
    }

    public static PyInstance newException(PyClass type, String message) {
        PyInstance e = new PyInstance(type);
        e.attrs.put("args", message == null ? PyTuple.EMPTY : PyTuple.of(message));
        return e;
    }

    /** str(exception): '' for no args, str(arg) for one (repr for KeyError), the args' repr otherwise. */
    public static String exceptionMessage(PyInstance e) {
        Object a = e.attrs.get("args");
        if (!(a instanceof PyTuple t)) return "";
        if (t.items.length == 0) return "";
        if (t.items.length == 1) {
            if (e.cls.isSubclassOf(KEY_ERROR)) return Ops.reprNoInterp(t.items[0]);
            return Ops.strNoInterp(t.items[0]);
        }
        return Ops.reprNoInterp(t);
    }
}
