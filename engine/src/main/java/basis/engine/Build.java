package basis.engine;

/** Identifies the engine build recorded with every grade. */
public final class Build {
    private Build() {}

    public static final String ID = "basis-engine-0.1.0";
}
