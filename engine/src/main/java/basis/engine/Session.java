package basis.engine;

import basis.engine.lang.Compiler;
import basis.engine.lang.Frame;
import basis.engine.lang.Globals;
import basis.engine.lang.Interp;
import basis.engine.lang.Nodes;
import basis.engine.lang.Parser;
import basis.engine.lang.PyCell;
import basis.engine.lang.PyException;
import basis.engine.lang.StmtNodes;
import basis.engine.lang.SyntaxErrorException;
import basis.engine.lang.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine's facade: runs student source and keeps its namespace between runs (notebook
 * semantics: cells share globals in the order they are run). The whole pipeline is here: parse,
 * compile (resolve names to slots), execute, report.
 */
public final class Session {
    private final Budget budget;
    private final Interp in;
    private final Map<String, String[]> sources = new HashMap<>();

    public Session() {
        this(Budget.defaults());
    }

    public Session(Budget budget) {
        this.budget = budget;
        this.in = new Interp(budget);
    }

    public Budget budget() {
        return budget;
    }

    /** The interpreter state, for the grader (which calls student functions directly). */
    public Interp interp() {
        return in;
    }

    /** Runs a notebook cell: like a file, but the value of a final expression is displayed. */
    public RunResult runCell(String source) {
        return run(source, "<cell>", true);
    }

    /** Runs a whole program as {@code python3 FILE} would. */
    public RunResult runFile(String source, String filename) {
        return run(source, filename, false);
    }

    public RunResult run(String source, String filename, boolean notebook) {
        in.filename = filename;
        return run(source, filename, notebook, in.globals, false);
    }

    /**
     * Runs source in the given namespace. {@code restricted} code obeys the exercise's forbidden
     * modules and functions (the student's submission); the grader's own test code does not.
     */
    public RunResult run(String source, String filename, boolean notebook, Globals globals, boolean restricted) {
        return run(source, null, filename, notebook, globals, restricted);
    }

    /**
     * Source parsed and scope-analysed once and run many times (the grader's check helpers and each
     * exercise's tests): the syntax tree and the analysis are immutable once made.
     */
    public static final class Parsed {
        final String source;
        final Compiler.Prepared prepared;

        private Parsed(String source, Compiler.Prepared prepared) {
            this.source = source;
            this.prepared = prepared;
        }
    }

    /** Parses source for {@link #run(Parsed, String, Globals)}; throws a SyntaxErrorException if it is invalid. */
    public static Parsed parse(String source) {
        return new Parsed(source, Compiler.prepare(Parser.parse(source)));
    }

    /** Runs pre-parsed, unrestricted code in the given namespace. */
    public RunResult run(Parsed parsed, String filename, Globals globals) {
        return run(parsed.source, parsed.prepared, filename, false, globals, false);
    }

    private RunResult run(String source, Compiler.Prepared parsed, String filename, boolean notebook,
                          Globals globals, boolean restricted) {
        in.resetOutput();
        in.steps = 0;
        in.depth = 0;
        in.lastDisplay = null;
        in.plots.clear();
        sources.put(filename, source.replace("\r\n", "\n").split("\n", -1));
        Frame f = null;
        try {
            Nodes.Stmt code = parsed != null ? Compiler.compileModule(parsed, globals, filename, notebook, restricted)
                    : Compiler.compileModule(Parser.parse(source), globals, filename, notebook, restricted);
            f = new Frame(new Object[0], new PyCell[0], globals, in, null);
            code.exec(f);
            return new RunResult(in.output(), in.lastDisplay, null, plots(notebook));
        } catch (SyntaxErrorException e) {
            return new RunResult(in.output(), null, syntaxError(e, filename), plots(notebook));
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError ex) {
            PyException e = StmtNodes.toPython(ex);
            e.addFrame(filename, "<module>", f == null ? 0 : f.line);
            return new RunResult(in.output(), null, describe(e), plots(notebook));
        }
    }

    /** The figures shown by this run; a notebook cell also shows the figures it left open, as Jupyter does. */
    private java.util.List<String> plots(boolean notebook) {
        if (notebook) basis.engine.lang.PlotModule.flush(in);
        return java.util.List.copyOf(in.plots);
    }

    private static void appendRepeats(StringBuilder tb, int repeats) {
        if (repeats >= 3) {
            int more = repeats - 2;
            tb.append("  [Previous line repeated ").append(more).append(" more time").append(more == 1 ? "" : "s").append("]\n");
        }
    }

    private PyErrorInfo syntaxError(SyntaxErrorException e, String filename) {
        StringBuilder tb = new StringBuilder();
        tb.append("  File \"").append(filename).append("\", line ").append(e.line).append('\n');
        String text = sourceLine(filename, e.line);
        if (text != null) {
            String stripped = text.stripLeading();
            int indent = text.length() - stripped.length();
            tb.append("    ").append(stripped.stripTrailing()).append('\n');
            int caret = Math.max(0, e.column - 1 - indent);
            tb.append("    ").append(" ".repeat(Math.min(caret, stripped.length()))).append("^\n");
        }
        tb.append(e.pythonType).append(": ").append(e.getMessage());
        return new PyErrorInfo(e.pythonType, e.getMessage(), e.line, tb.toString());
    }

    private String sourceLine(String filename, int line) {
        String[] lines = sources.get(filename);
        if (lines == null || line < 1 || line > lines.length) return null;
        return lines[line - 1];
    }

    /** Turns a Python exception into the student's traceback (innermost frame last, as CPython prints). */
    public PyErrorInfo describe(PyException e) {
        StringBuilder tb = new StringBuilder("Traceback (most recent call last):\n");
        int studentLine = 0;
        PyException.TraceFrame previous = null;
        int repeats = 0;
        for (int i = e.frames.size() - 1; i >= 0; i--) {
            PyException.TraceFrame fr = e.frames.get(i);
            if (fr.equals(previous)) {
                repeats++;
                if (repeats >= 3) continue; // CPython prints a repeated frame three times, then counts
            } else {
                appendRepeats(tb, repeats);
                repeats = 0;
            }
            previous = fr;
            tb.append("  File \"").append(fr.filename()).append("\", line ").append(fr.line()).append(", in ")
                    .append(fr.function()).append('\n');
            String text = sourceLine(fr.filename(), fr.line());
            if (text != null && !text.isBlank()) tb.append("    ").append(text.strip()).append('\n');
        }
        appendRepeats(tb, repeats);
        for (PyException.TraceFrame fr : e.frames) {
            if (fr.filename().equals(in.filename) && fr.line() > 0) {
                studentLine = fr.line();
                break;
            }
        }
        String type = e.typeName();
        String message;
        try {
            message = basis.engine.lang.Ops.str(in, e.exc);
        } catch (RuntimeException ex) {
            message = e.getMessage();
        }
        tb.append(message.isEmpty() ? type : type + ": " + message);
        return new PyErrorInfo(type, message, studentLine, tb.toString());
    }
}
