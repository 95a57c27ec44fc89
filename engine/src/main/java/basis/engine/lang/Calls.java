package basis.engine.lang;

import java.util.ArrayList;
import java.util.List;

/** Calling student functions (argument binding as CPython does it) and instantiating classes. */
public final class Calls {
    private Calls() {}

    public static Object invoke(Interp in, PyFunction fn, Object[] args, Kwargs kw) {
        Code c = fn.code;
        Object[] locals = new Object[c.nlocals];
        if (kw == null && c.plainParams && args.length == c.positionalCount) {
            System.arraycopy(args, 0, locals, 0, args.length);
        } else {
            bind(fn, args, kw, locals);
        }
        return run(in, fn, locals);
    }

    /**
     * Runs fn with its arguments already bound: the parameters in the first slots of locals (an
     * array of fn.code.nlocals slots, the rest null). Callers with plain positional arguments
     * evaluate them straight into the slots, saving the argument array.
     */
    static Object run(Interp in, PyFunction fn, Object[] locals) {
        Code c = fn.code;
        int[] cells = c.cellSlots;
        for (int i = 0; i < cells.length; i++) locals[cells[i]] = new PyCell(locals[cells[i]]);
        Frame f = new Frame(locals, fn.closure, fn.globals, in, null);
        if (++in.depth > in.budget.maxDepth()) {
            in.depth--;
            throw PyException.of(Types.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
        f.line = c.entryLine;
        try {
            in.step();
            if (c.expr != null) return c.expr.eval(f);
            int r = c.body.exec(f);
            return r == Nodes.RETURN ? f.ret : PyNone.NONE;
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError ex) {
            PyException e = StmtNodes.toPython(ex);
            e.addFrame(c.filename, c.name, f.line);
            throw e;
        } finally {
            in.depth--;
        }
    }

    private static void bind(PyFunction fn, Object[] args, Kwargs kw, Object[] locals) {
        Code c = fn.code;
        int npos = c.positionalCount;
        if (kw == null && !c.hasVarArgs && args.length == npos && c.kwOnlyCount == 0 && !c.hasVarKw) {
            System.arraycopy(args, 0, locals, 0, npos);
            return;
        }
        int ncopy = Math.min(args.length, npos);
        System.arraycopy(args, 0, locals, 0, ncopy);
        int slot = npos;
        if (c.hasVarArgs) {
            Object[] extra = new Object[Math.max(0, args.length - npos)];
            if (extra.length > 0) System.arraycopy(args, npos, extra, 0, extra.length);
            locals[slot++] = new PyTuple(extra);
        } else if (args.length > npos) {
            int required = npos - fn.defaults.length;
            String takes = fn.defaults.length == 0 ? npos + " positional argument" + (npos == 1 ? "" : "s")
                    : "from " + required + " to " + npos + " positional arguments";
            int kwGiven = kw == null ? 0 : kw.map.size();
            String given = args.length + (kwGiven > 0 ? " positional argument" + (args.length == 1 ? "" : "s")
                    + " (and " + kwGiven + " keyword-only argument" + (kwGiven == 1 ? "" : "s") + ")"
                    : "");
            throw PyException.typeError(fn.qualname + "() takes " + takes + " but " + given
                    + (kwGiven > 0 ? " were given" : (args.length == 1 ? " was given" : " were given")));
        }
        int kwStart = slot;
        slot += c.kwOnlyCount;
        PyDict varkw = null;
        if (c.hasVarKw) {
            varkw = new PyDict();
            locals[slot] = varkw;
        }
        if (kw != null) {
            for (java.util.Map.Entry<String, Object> e : kw.map.entrySet()) {
                String name = e.getKey();
                int idx = -1;
                for (int i = 0; i < npos; i++) if (c.paramNames[i].equals(name)) idx = i;
                if (idx < 0) {
                    for (int i = 0; i < c.kwOnlyCount; i++) if (c.paramNames[kwStart + i].equals(name)) idx = kwStart + i;
                }
                if (idx < 0) {
                    if (varkw != null) {
                        varkw.put(name, e.getValue());
                        continue;
                    }
                    throw PyException.typeError(fn.qualname + "() got an unexpected keyword argument '" + name + "'");
                }
                if (locals[idx] != null) {
                    throw PyException.typeError(fn.qualname + "() got multiple values for argument '" + name + "'");
                }
                locals[idx] = e.getValue();
            }
        }
        List<String> missing = new ArrayList<>();
        int firstDefault = npos - fn.defaults.length;
        for (int i = 0; i < npos; i++) {
            if (locals[i] == null) {
                if (i >= firstDefault) locals[i] = fn.defaults[i - firstDefault];
                else missing.add(c.paramNames[i]);
            }
        }
        if (!missing.isEmpty()) throw missingError(fn.qualname, missing, "positional");
        for (int i = 0; i < c.kwOnlyCount; i++) {
            if (locals[kwStart + i] == null) {
                Object d = fn.kwDefaults[i];
                if (d != null) locals[kwStart + i] = d;
                else missing.add(c.paramNames[kwStart + i]);
            }
        }
        if (!missing.isEmpty()) throw missingError(fn.qualname, missing, "keyword-only");
    }

    private static PyException missingError(String fname, List<String> missing, String kind) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < missing.size(); i++) {
            if (i > 0) sb.append(i == missing.size() - 1 ? (missing.size() > 2 ? ", and " : " and ") : ", ");
            sb.append('\'').append(missing.get(i)).append('\'');
        }
        return PyException.typeError(fname + "() missing " + missing.size() + " required " + kind + " argument"
                + (missing.size() == 1 ? "" : "s") + ": " + sb);
    }

    public static Object instantiate(Interp in, PyClass c, Object[] args, Kwargs kw) {
        if (c.constructor != null) return c.constructor.body.call(in, args, kw);
        if (c.builtin && c.dict.get("__new__") instanceof PyBuiltin nw) return nw.body.call(in, args, kw);
        if (c.builtin && !Types.isException(c) && c != Types.OBJECT) {
            throw PyException.typeError("cannot create '" + c.qualifiedName() + "' instances");
        }
        PyInstance obj = new PyInstance(c);
        Object init = c.lookup("__init__");
        if (Types.isException(c)) {
            obj.attrs.put("args", new PyTuple(args.clone()));
        }
        if (init != null) {
            Object[] full = new Object[args.length + 1];
            full[0] = obj;
            System.arraycopy(args, 0, full, 1, args.length);
            Object r = Access.call(in, init, full, kw);
            if (r != PyNone.NONE) throw PyException.typeError("__init__() should return None, not '" + Ops.typeName(r) + "'");
        } else if (!Types.isException(c) && (args.length > 0 || (kw != null && !kw.isEmpty()))) {
            throw PyException.typeError(c.name + "() takes no arguments");
        }
        return obj;
    }
}
