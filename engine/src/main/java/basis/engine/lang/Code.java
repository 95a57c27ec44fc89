package basis.engine.lang;

/**
 * A compiled function body: its parameters resolved to local slots, and the executable body.
 * Shared by every PyFunction made from the same def or lambda.
 */
public final class Code {
    public final String name;
    public final String filename;
    public final int firstLine;
    /** Parameter names in slot order: positional, *args, keyword-only, **kwargs. */
    public final String[] paramNames;
    public final int positionalCount;
    public final int kwOnlyCount;
    public final boolean hasVarArgs;
    public final boolean hasVarKw;
    /** Positional parameters only (no *args, keyword-only or **kwargs): a call binds by copying. */
    public final boolean plainParams;
    /** Total local slots (parameters first). */
    public int nlocals;
    /** Slots whose variable is captured by an inner function (holds a PyCell). */
    public int[] cellSlots = new int[0];
    /** Names of all local slots, for UnboundLocalError messages. */
    public String[] localNames;
    public Nodes.Stmt body;
    /** The line a call starts on (the first statement of the body). */
    public int entryLine;
    /** For lambdas: the expression (body is null). */
    public Nodes.Expr expr;
    public boolean isClassBody;

    /** For methods: the class they are defined in, filled when the class statement completes (for super()). */
    public static final class ClassHolder {
        public PyClass cls;
    }

    public Code(String name, String filename, int firstLine, String[] paramNames, int positionalCount, int kwOnlyCount,
                boolean hasVarArgs, boolean hasVarKw) {
        this.name = name;
        this.filename = filename;
        this.firstLine = firstLine;
        this.paramNames = paramNames;
        this.positionalCount = positionalCount;
        this.kwOnlyCount = kwOnlyCount;
        this.hasVarArgs = hasVarArgs;
        this.hasVarKw = hasVarKw;
        this.plainParams = !hasVarArgs && !hasVarKw && kwOnlyCount == 0;
    }
}
