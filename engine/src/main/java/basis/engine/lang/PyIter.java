package basis.engine.lang;

/** The iterator protocol: {@link #next} returns null when exhausted (Python values are never null). */
public interface PyIter {
    Object next();
}
