package basis.engine.lang;

import java.util.LinkedHashMap;

/** An instance of a user class or of an exception class. */
public final class PyInstance {
    public final PyClass cls;
    public final LinkedHashMap<String, Object> attrs = new LinkedHashMap<>();
    /** For exception instances caught by an except clause: the exception with its traceback frames. */
    public PyException caught;

    public PyInstance(PyClass cls) {
        this.cls = cls;
    }
}
