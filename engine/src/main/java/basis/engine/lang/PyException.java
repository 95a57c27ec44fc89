package basis.engine.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * A Python exception travelling through the Java stack. It is stackless (no Java stack trace is
 * filled in); instead it collects the student's frames as it unwinds, for the traceback.
 */
public final class PyException extends RuntimeException {
    /** One traceback entry: file, line, function name. */
    public record TraceFrame(String filename, int line, String function) {}

    public final PyInstance exc;
    /** Frames from innermost outward. */
    public final List<TraceFrame> frames = new ArrayList<>();
    /**
     * Budget exhaustion (steps, output) ends the run: no except clause can catch it and no finally
     * block runs, so a student's {@code except:} cannot keep an endless loop alive.
     */
    public boolean uncatchable;

    public PyException(PyInstance exc) {
        super(null, null, false, false);
        this.exc = exc;
    }

    public static PyException of(PyClass type, String message) {
        return new PyException(Types.newException(type, message));
    }

    @Override
    public String getMessage() {
        return Types.exceptionMessage(exc);
    }

    public String typeName() {
        return exc.cls.qualifiedName();
    }

    /** Records a frame the exception leaves, at the line that frame was running. */
    public void addFrame(String filename, String function, int line) {
        frames.add(new TraceFrame(filename, line, function));
    }

    public static PyException typeError(String m) {
        return of(Types.TYPE_ERROR, m);
    }

    public static PyException valueError(String m) {
        return of(Types.VALUE_ERROR, m);
    }

    public static PyException indexError(String m) {
        return of(Types.INDEX_ERROR, m);
    }

    public static PyException keyError(Object key) {
        PyInstance e = new PyInstance(Types.KEY_ERROR);
        e.attrs.put("args", PyTuple.of(key));
        return new PyException(e);
    }

    public static PyException attributeError(String m) {
        return of(Types.ATTRIBUTE_ERROR, m);
    }

    public static PyException nameError(String name) {
        PyException e = of(Types.NAME_ERROR, "name '" + name + "' is not defined");
        e.exc.attrs.put("name", name);
        return e;
    }

    public static PyException zeroDivision(String m) {
        return of(Types.ZERO_DIVISION_ERROR, m);
    }

    public static PyException notImplemented(String m) {
        return of(Types.NOT_IMPLEMENTED_ERROR, m);
    }

    public static PyException overflow(String m) {
        return of(Types.OVERFLOW_ERROR, m);
    }

    public static PyException memoryError(String m) {
        return of(Types.MEMORY_ERROR, m);
    }
}
