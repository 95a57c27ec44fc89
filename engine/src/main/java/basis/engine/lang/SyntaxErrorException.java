package basis.engine.lang;

/** A syntax error found while reading source, with CPython's message and position (1-based). */
public final class SyntaxErrorException extends RuntimeException {
    public final int line;
    public final int column;
    public final String pythonType;

    public SyntaxErrorException(String message, int line, int column) {
        this("SyntaxError", message, line, column);
    }

    public SyntaxErrorException(String pythonType, String message, int line, int column) {
        super(message, null, false, false);
        this.pythonType = pythonType;
        this.line = line;
        this.column = column;
    }
}
