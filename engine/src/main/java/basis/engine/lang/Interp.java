package basis.engine.lang;

import basis.engine.Budget;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The state of one running program: its budgets and counters, its output, its modules and the
 * main module's globals. One per Session; never shared between sessions (the server grades many
 * submissions at once).
 */
public final class Interp {
    public final Budget budget;
    public long steps;
    public int depth;
    private final StringBuilder out = new StringBuilder();
    public final Globals globals = new Globals();
    final Map<String, PyModule> modules = new HashMap<>();
    public final Set<String> forbiddenModules = new HashSet<>();
    public final Set<String> forbiddenFunctions = new HashSet<>();
    /** Bytes of large allocations (arrays, big lists) made so far, against the memory budget. */
    public long allocated;
    public String filename = "<cell>";
    /** The repr of a notebook cell's final expression (set by the Display statement). */
    public String lastDisplay;
    /** numpy's legacy global RandomState, created on first use. */
    public Object numpyRandomState;
    /** matplotlib.pyplot's open figures (PlotModule.State), and the SVGs of the figures shown by this run. */
    public Object plotState;
    public final java.util.List<String> plots = new java.util.ArrayList<>();
    /** numpy's print options (np.set_printoptions); a new interpreter starts from NumPy's defaults. */
    public basis.engine.format.PrintOptions printOptions = basis.engine.format.PrintOptions.DEFAULTS;
    /** Python's random module state, created on first use. */
    public Object pyRandomState;

    public Interp(Budget budget) {
        this.budget = budget;
        globals.owner = this;
        globals.put("__name__", "__main__");
    }

    /** Counts one step (a loop iteration, a call); ends the run with TimeoutError when over budget. */
    public void step() {
        if (++steps > budget.maxSteps()) throw timeout();
    }

    public void steps(long n) {
        steps += n;
        if (steps > budget.maxSteps()) throw timeout();
    }

    private PyException timeout() {
        PyException e = PyException.of(Types.TIMEOUT_ERROR, "the program ran too long (over " + budget.maxSteps()
                + " steps): is there an endless loop?");
        e.uncatchable = true;
        steps = budget.maxSteps() + 1;
        return e;
    }

    /** Reserves memory for an allocation of {@code bytes}; raises MemoryError over the budget. */
    public void allocate(long bytes, String what) {
        if (bytes < 0 || bytes > budget.maxMemoryBytes() || allocated + bytes > budget.maxMemoryBytes() * 4) {
            throw PyException.memoryError(what);
        }
        allocated += bytes;
    }

    public void write(String s) {
        if (out.length() + s.length() > budget.maxOutputChars()) {
            int room = Math.max(0, budget.maxOutputChars() - out.length());
            out.append(s, 0, room);
            PyException e = PyException.of(Types.RUNTIME_ERROR, "output limit exceeded: the program printed more than "
                    + budget.maxOutputChars() + " characters");
            e.uncatchable = true;
            throw e;
        }
        out.append(s);
    }

    public String output() {
        return out.toString();
    }

    public int outputLength() {
        return out.length();
    }

    public String outputSince(int start) {
        return out.substring(start);
    }

    private final java.util.IdentityHashMap<Object, Boolean> reprStack = new java.util.IdentityHashMap<>();

    /** Guards repr of self-containing containers ([...]); false if o is already being printed. */
    boolean enterRepr(Object o) {
        return reprStack.put(o, Boolean.TRUE) == null;
    }

    void leaveRepr(Object o) {
        reprStack.remove(o);
    }

    public void resetOutput() {
        out.setLength(0);
    }
}
