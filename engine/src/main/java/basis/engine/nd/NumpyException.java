package basis.engine.nd;

/**
 * An error NumPy would raise. {@link #pythonType()} is the Python exception type the interpreter
 * must raise ({@code ValueError}, {@code IndexError}, {@code TypeError}, {@code MemoryError},
 * {@code ZeroDivisionError}, {@code numpy.linalg.LinAlgError}, ...); {@link #getMessage()} is
 * NumPy's message.
 */
public class NumpyException extends RuntimeException {
    private final String pythonType;

    public NumpyException(String pythonType, String message) {
        super(message);
        this.pythonType = pythonType;
    }

    public String pythonType() {
        return pythonType;
    }

    static NumpyException valueError(String message) {
        return new NumpyException("ValueError", message);
    }

    static NumpyException indexError(String message) {
        return new NumpyException("IndexError", message);
    }

    static NumpyException typeError(String message) {
        return new NumpyException("TypeError", message);
    }

    static NumpyException linAlgError(String message) {
        return new NumpyException("numpy.linalg.LinAlgError", message);
    }
}
