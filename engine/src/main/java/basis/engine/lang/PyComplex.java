package basis.engine.lang;

/** Python's complex (only where NumPy hands one out, e.g. from eig). */
public record PyComplex(double re, double im) {}
