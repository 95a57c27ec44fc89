package basis.engine.lang;

/** A user-class function bound to its instance: calling it passes self first. */
public record PyBoundMethod(Object self, Object function) {}
