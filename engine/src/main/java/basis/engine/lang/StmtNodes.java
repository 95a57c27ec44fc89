package basis.engine.lang;

import static basis.engine.lang.Nodes.BREAK;
import static basis.engine.lang.Nodes.CONTINUE;
import static basis.engine.lang.Nodes.NORMAL;
import static basis.engine.lang.Nodes.RETURN;

import basis.engine.lang.Nodes.Expr;
import basis.engine.lang.Nodes.Stmt;
import basis.engine.lang.Nodes.Target;
import basis.engine.nd.NumpyException;

/** Executable statement nodes. Control flow travels as completion codes, exceptions as PyException. */
public final class StmtNodes {
    private StmtNodes() {}

    /** Turns a Java exception escaping a builtin into the Python exception the student should see. */
    /** Java exceptions out of builtins and the nd library become the Python exceptions they stand for. */
    public static PyException toPython(Throwable t) {
        if (t instanceof OutOfMemoryError) return PyException.memoryError("");
        if (t instanceof StackOverflowError) return PyException.of(Types.RECURSION_ERROR, "maximum recursion depth exceeded");
        if (t instanceof RuntimeException e) return toPython(e);
        throw (Error) t;
    }

    static PyException toPython(RuntimeException e) {
        if (e instanceof PyException p) return p;
        if (e instanceof NumpyException n) return PyException.of(Errors.classFor(n.pythonType()), n.getMessage());
        if (e instanceof ArithmeticException) return PyException.zeroDivision(String.valueOf(e.getMessage()));
        return PyException.of(Types.RUNTIME_ERROR, "internal error in Basis (" + e.getClass().getSimpleName() + ": "
                + e.getMessage() + "): please report this program");
    }

    public static final class Block extends Stmt {
        final Stmt[] body;

        public Block(Stmt[] body, int line) {
            super(line);
            this.body = body;
        }

        @Override
        public int exec(Frame f) {
            Stmt[] b = body;
            for (int i = 0; i < b.length; i++) {
                Stmt s = b[i];
                f.line = s.line;
                int r = s.exec(f);
                if (r != NORMAL) return r;
            }
            return NORMAL;
        }
    }

    public static final class ExprStmt extends Stmt {
        final Expr value;

        public ExprStmt(Expr value, int line) {
            super(line);
            this.value = value;
        }

        @Override
        public int exec(Frame f) {
            value.eval(f);
            return NORMAL;
        }
    }

    /** A notebook cell's final expression: its value is displayed (repr), unless None. */
    public static final class Display extends Stmt {
        final Expr value;

        public Display(Expr value, int line) {
            super(line);
            this.value = value;
        }

        @Override
        public int exec(Frame f) {
            Object v = value.eval(f);
            f.in.lastDisplay = v == PyNone.NONE ? null : Ops.repr(f.in, v);
            return NORMAL;
        }
    }

    public static final class Assign extends Stmt {
        final Target[] targets;
        final Expr value;

        public Assign(Target[] targets, Expr value, int line) {
            super(line);
            this.targets = targets;
            this.value = value;
        }

        @Override
        public int exec(Frame f) {
            Object v = value.eval(f);
            for (Target t : targets) t.assign(f, v);
            return NORMAL;
        }
    }

    /** x += v: evaluates the target's container once; lists and arrays are updated in place. */
    public static final class AugAssign extends Stmt {
        final Expr target; // LocalLoad, GlobalLoad, Attr, Subscript...
        final Ast.BinOpKind op;
        final Expr value;

        /**
         * For {@code s += t} on strings in TeaVM (see {@link Strs}): the last string this statement
         * made, and a builder holding exactly its characters. When the next run starts from that
         * same string (the loop building a string), t is appended to the builder, so only the
         * final copy into a new String is a bulk copy of the whole; any other string starts over.
         */
        private String lastConcat;
        private StringBuilder concatBuf;

        /** The target when it is a local variable (the accumulator of most loops), else null. */
        private final Nodes.LocalLoad local;

        /**
         * For {@code s += x * y} into a local (dot products, matmul): the product, whose operands
         * are evaluated here; on floats the sum is computed without boxing the product (Java and
         * Wasm round the product, then the sum, exactly as CPython: no fused multiply-add).
         */
        private final Nodes.BinOp product;

        public AugAssign(Expr target, Ast.BinOpKind op, Expr value, int line) {
            super(line);
            this.target = target;
            this.op = op;
            this.value = value;
            this.local = target instanceof Nodes.LocalLoad l ? l : null;
            this.product = local != null && op == Ast.BinOpKind.ADD && value instanceof Nodes.BinOp b
                    && b.op == Ast.BinOpKind.MUL ? b : null;
        }

        @Override
        public int exec(Frame f) {
            if (local != null) {
                Object[] locals = f.locals;
                Object cur = locals[local.slot];
                if (cur == null) throw Nodes.unbound(local.name);
                Object v;
                if (product != null) {
                    Object x = product.left(f);
                    Object y = product.right(f);
                    if (cur instanceof Double a && x instanceof Double p && y instanceof Double q) {
                        locals[local.slot] = a + p * q;
                        return NORMAL;
                    }
                    v = product.apply(f, x, y);
                } else {
                    v = value.eval(f);
                }
                locals[local.slot] = inPlace(f.in, cur, v);
                return NORMAL;
            }
            if (target instanceof Nodes.Subscript s) {
                Object o = s.obj.eval(f);
                Object i = s.index.eval(f);
                Object cur = Access.getItem(f.in, o, i);
                Object r = inPlace(f.in, cur, value.eval(f));
                Access.setItem(f.in, o, i, r);
                return NORMAL;
            }
            if (target instanceof Nodes.Attr a) {
                Object o = a.obj.eval(f);
                Object cur = Access.getAttr(f.in, o, a.name);
                Access.setAttr(f.in, o, a.name, inPlace(f.in, cur, value.eval(f)));
                return NORMAL;
            }
            Object cur = target.eval(f);
            ((Target) target).assign(f, inPlace(f.in, cur, value.eval(f)));
            return NORMAL;
        }

        private String appendString(Interp in, String a, String b) {
            long total = (long) a.length() + b.length();
            in.allocate(2 * total > 1 << 20 ? 2 * total : 0, ""); // as Ops.binary charges a concatenation
            if (b.isEmpty()) return a;
            if (a != lastConcat || concatBuf == null) {
                lastConcat = null;
                concatBuf = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 8, 2 * total + 16));
                concatBuf.append(a);
            }
            concatBuf.append(b);
            lastConcat = concatBuf.toString();
            return lastConcat;
        }

        private Object inPlace(Interp in, Object cur, Object v) {
            if (cur instanceof Double a && v instanceof Double b) {
                switch (op) {
                    case ADD: return a + b;
                    case SUB: return a - b;
                    case MUL: return a * b;
                    default: break;
                }
            }
            if (cur instanceof Long a && v instanceof Long b && op == Ast.BinOpKind.ADD) {
                long r = a + b;
                if (((a ^ r) & (b ^ r)) >= 0) return r;
            }
            if (Strs.TEAVM && op == Ast.BinOpKind.ADD && cur instanceof String a && v instanceof String b) {
                return appendString(in, a, b);
            }
            if (cur instanceof PyList l && op == Ast.BinOpKind.ADD) {
                l.items.addAll(Access.toList(in, v));
                return l;
            }
            if (cur instanceof basis.engine.nd.NDArray a) {
                return NpBridge.inPlace(in, op, a, v);
            }
            if (cur instanceof PyInstance i) {
                Object m = i.cls.lookup("__i" + Ops.dunderName(op) + "__");
                if (m != null) {
                    Object r = Access.call(in, m, new Object[] {cur, v}, null);
                    if (r != Ops.NOT_IMPLEMENTED) return r;
                }
            }
            if (cur instanceof PyDict d && op == Ast.BinOpKind.BITOR && v instanceof PyDict o) {
                d.map.putAll(o.map);
                return d;
            }
            try {
                return Ops.binary(in, op, cur, v);
            } catch (PyException e) {
                String msg = e.getMessage();
                String prefix = "unsupported operand type(s) for " + op.symbol + ":";
                if (msg != null && msg.startsWith(prefix) && e.exc.cls == Types.TYPE_ERROR) {
                    throw PyException.typeError("unsupported operand type(s) for " + op.symbol + "=:"
                            + msg.substring(prefix.length()));
                }
                throw e;
            }
        }
    }

    public static final class If extends Stmt {
        final Expr test;
        final Stmt body, orelse;

        public If(Expr test, Stmt body, Stmt orelse, int line) {
            super(line);
            this.test = test;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        public int exec(Frame f) {
            Object t = test.eval(f);
            boolean b = t instanceof Boolean bb ? bb : Ops.truthy(f.in, t);
            if (b) return body.exec(f);
            return orelse == null ? NORMAL : orelse.exec(f);
        }
    }

    public static final class While extends Stmt {
        final Expr test;
        final Stmt body, orelse;

        public While(Expr test, Stmt body, Stmt orelse, int line) {
            super(line);
            this.test = test;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        public int exec(Frame f) {
            Interp in = f.in;
            while (true) {
                f.line = line;
                in.step();
                Object t = test.eval(f);
                if (!(t instanceof Boolean bb ? bb : Ops.truthy(in, t))) break;
                int r = body.exec(f);
                if (r == BREAK) return NORMAL;
                if (r == RETURN) return r;
            }
            return orelse == null ? NORMAL : orelse.exec(f);
        }
    }

    public static final class For extends Stmt {
        final Target target;
        final Expr iter;
        final Stmt body, orelse;

        /** The body when it is one statement: run directly, as its Block would (one virtual call less a step). */
        private final Stmt single;

        public For(Target target, Expr iter, Stmt body, Stmt orelse, int line) {
            super(line);
            this.target = target;
            this.iter = iter;
            this.body = body;
            this.orelse = orelse;
            this.single = body instanceof Block b && b.body.length == 1 ? b.body[0] : null;
        }

        @Override
        public int exec(Frame f) {
            Interp in = f.in;
            Object src = iter.eval(f);
            if (src instanceof PyRange r && r.step() == 1) {
                long stop = r.stop();
                int slot = target instanceof Nodes.LocalLoad l ? l.slot : -1;
                Stmt one = single;
                for (long i = r.start(); i < stop; i++) {
                    f.line = line;
                    in.step();
                    if (slot >= 0) f.locals[slot] = Nodes.box(i);
                    else target.assign(f, Nodes.box(i));
                    int c;
                    if (one != null) {
                        f.line = one.line;
                        c = one.exec(f);
                    } else {
                        c = body.exec(f);
                    }
                    if (c == BREAK) return NORMAL;
                    if (c == RETURN) return c;
                }
                return orelse == null ? NORMAL : orelse.exec(f);
            }
            PyIter it = Access.iter(in, src);
            Stmt one = single;
            for (Object v = it.next(); v != null; v = it.next()) {
                f.line = line;
                in.step();
                target.assign(f, v);
                int c;
                if (one != null) {
                    f.line = one.line;
                    c = one.exec(f);
                } else {
                    c = body.exec(f);
                }
                if (c == BREAK) return NORMAL;
                if (c == RETURN) return c;
            }
            return orelse == null ? NORMAL : orelse.exec(f);
        }
    }

    public static final class Jump extends Stmt {
        final int code;

        public Jump(int code, int line) {
            super(line);
            this.code = code;
        }

        @Override
        public int exec(Frame f) {
            return code;
        }
    }

    public static final class Return extends Stmt {
        final Expr value;

        public Return(Expr value, int line) {
            super(line);
            this.value = value;
        }

        @Override
        public int exec(Frame f) {
            f.ret = value == null ? PyNone.NONE : value.eval(f);
            return RETURN;
        }
    }

    public static final class Pass extends Stmt {
        public Pass(int line) {
            super(line);
        }

        @Override
        public int exec(Frame f) {
            return NORMAL;
        }
    }

    /** def/class: evaluate the object, apply decorators bottom-up, bind the name. */
    public static final class Define extends Stmt {
        final Expr make;
        final Expr[] decorators;
        final Target target;

        public Define(Expr make, Expr[] decorators, Target target, int line) {
            super(line);
            this.make = make;
            this.decorators = decorators;
            this.target = target;
        }

        @Override
        public int exec(Frame f) {
            Object[] decs = new Object[decorators.length];
            for (int i = 0; i < decs.length; i++) decs[i] = decorators[i].eval(f);
            Object v = make.eval(f);
            for (int i = decs.length - 1; i >= 0; i--) v = Access.call(f.in, decs[i], new Object[] {v}, null);
            target.assign(f, v);
            return NORMAL;
        }
    }

    public static final class Raise extends Stmt {
        final Expr exc, cause;

        public Raise(Expr exc, Expr cause, int line) {
            super(line);
            this.exc = exc;
            this.cause = cause;
        }

        @Override
        public int exec(Frame f) {
            if (exc == null) {
                if (f.handling != null) {
                    PyException again = new PyException(f.handling.exc);
                    again.frames.addAll(f.handling.frames);
                    throw again;
                }
                throw PyException.of(Types.RUNTIME_ERROR, "No active exception to reraise");
            }
            Object e = exc.eval(f);
            Object c = cause == null ? null : cause.eval(f);
            PyException raised = Errors.toRaise(f.in, e);
            if (c != null) {
                // raise ... from X: X (an exception class is instantiated) or None becomes __cause__
                Object causeExc = c instanceof PyClass cc && Types.isException(cc) ? Errors.toRaise(f.in, cc).exc : c;
                raised.exc.attrs.put("__cause__", causeExc);
            }
            throw raised;
        }
    }

    public static final class Try extends Stmt {
        public record Handler(Expr type, Target name, Stmt body, int line) {}

        final Stmt body;
        final Handler[] handlers;
        final Stmt orelse, finalbody;

        public Try(Stmt body, Handler[] handlers, Stmt orelse, Stmt finalbody, int line) {
            super(line);
            this.body = body;
            this.handlers = handlers;
            this.orelse = orelse;
            this.finalbody = finalbody;
        }

        @Override
        public int exec(Frame f) {
            int result;
            try {
                result = runBody(f);
            } catch (RuntimeException | OutOfMemoryError | StackOverflowError ex) {
                PyException e = toPython(ex);
                if (e.uncatchable || finalbody == null) throw e;
                int fr = finalbody.exec(f);
                if (fr != NORMAL) return fr; // return/break in finally swallows the exception
                throw e;
            }
            if (finalbody != null) {
                Object savedRet = f.ret;
                int fr = finalbody.exec(f);
                if (fr != NORMAL) return fr;
                f.ret = savedRet;
            }
            return result;
        }

        private int runBody(Frame f) {
            try {
                int r = body.exec(f);
                if (r != NORMAL) return r;
            } catch (RuntimeException | OutOfMemoryError | StackOverflowError ex) {
                PyException e = toPython(ex);
                if (e.uncatchable) throw e;
                for (Handler h : handlers) {
                    if (h.type != null && !Errors.matches(f.in, e, h.type.eval(f))) continue;
                    e.exc.caught = e;
                    if (h.name != null) h.name.assign(f, e.exc);
                    PyException saved = f.handling;
                    f.handling = e;
                    try {
                        return h.body.exec(f);
                    } finally {
                        f.handling = saved;
                    }
                }
                throw e;
            }
            return orelse == null ? NORMAL : orelse.exec(f);
        }
    }

    public static final class Assert extends Stmt {
        final Expr test, msg;

        public Assert(Expr test, Expr msg, int line) {
            super(line);
            this.test = test;
            this.msg = msg;
        }

        @Override
        public int exec(Frame f) {
            if (!Ops.truthy(f.in, test.eval(f))) {
                PyInstance e = new PyInstance(Types.ASSERTION_ERROR);
                e.attrs.put("args", msg == null ? PyTuple.EMPTY : PyTuple.of(msg.eval(f)));
                throw new PyException(e);
            }
            return NORMAL;
        }
    }

    public static final class Del extends Stmt {
        final Expr[] targets;

        public Del(Expr[] targets, int line) {
            super(line);
            this.targets = targets;
        }

        @Override
        public int exec(Frame f) {
            for (Expr t : targets) delete(f, t);
            return NORMAL;
        }

        private static void delete(Frame f, Expr t) {
            if (t instanceof Nodes.Subscript s) {
                Access.delItem(f.in, s.obj.eval(f), s.index.eval(f));
            } else if (t instanceof Nodes.Attr a) {
                Object o = a.obj.eval(f);
                if (o instanceof PyInstance i && i.attrs.remove(a.name) != null) return;
                throw PyException.attributeError(a.name);
            } else if (t instanceof Nodes.TupleNode tn) {
                for (Expr e : tn.elts) delete(f, e);
            } else if (t instanceof Nodes.ListNode ln) {
                for (Expr e : ln.elts) delete(f, e);
            } else if (t instanceof Nodes.LocalLoad l) {
                l.eval(f);
                f.locals[l.slot] = null;
            } else if (t instanceof Nodes.GlobalLoad g) {
                if (g.cell.value == null) throw PyException.nameError(g.cell.name);
                g.cell.value = null;
            } else if (t instanceof Nodes.CellLoad c) {
                c.eval(f);
                ((PyCell) f.locals[c.slot]).value = null;
            } else if (t instanceof Nodes.ClassNsLoad c) {
                if (f.classNs.remove(c.name) == null) throw PyException.nameError(c.name);
            } else {
                throw PyException.notImplemented("del of this target is not supported");
            }
        }
    }

    public static final class Import extends Stmt {
        final String module;
        final String bindName; // null for from-import
        final boolean bindTop; // import a.b binds a
        final Target target;
        final boolean restricted;

        public Import(String module, Target target, boolean bindTop, boolean restricted, int line) {
            super(line);
            this.module = module;
            this.bindName = module;
            this.bindTop = bindTop;
            this.target = target;
            this.restricted = restricted;
        }

        @Override
        public int exec(Frame f) {
            PyModule m = Modules.importModule(f.in, module, restricted);
            if (bindTop && module.contains(".")) {
                m = Modules.importModule(f.in, module.substring(0, module.indexOf('.')), restricted);
            }
            target.assign(f, m);
            return NORMAL;
        }
    }

    public static final class ImportFrom extends Stmt {
        final String module;
        final String[] names;
        final Target[] targets;
        final boolean restricted;

        public ImportFrom(String module, String[] names, Target[] targets, boolean restricted, int line) {
            super(line);
            this.module = module;
            this.names = names;
            this.targets = targets;
            this.restricted = restricted;
        }

        @Override
        public int exec(Frame f) {
            PyModule m = Modules.importModule(f.in, module, restricted);
            for (int i = 0; i < names.length; i++) {
                Object v = m.attrs.get(names[i]);
                if (v == null) {
                    PyModule sub = Modules.tryImport(f.in, module + "." + names[i], restricted);
                    if (sub != null) v = sub;
                }
                if (v == null) {
                    PyException unsupported = NumpyNames.unsupported(m.name, names[i]);
                    if (unsupported != null) throw unsupported;
                    throw PyException.of(Types.IMPORT_ERROR, "cannot import name '" + names[i] + "' from '" + module
                            + "' (unknown location)");
                }
                if (restricted && (f.in.forbiddenFunctions.contains(names[i])
                        || f.in.forbiddenFunctions.contains(module.replaceFirst("^numpy", "np") + "." + names[i]))) {
                    throw PyException.of(Types.IMPORT_ERROR, names[i] + " may not be used in this exercise");
                }
                targets[i].assign(f, v);
            }
            return NORMAL;
        }
    }

    public static final class ImportStar extends Stmt {
        final String module;
        final boolean restricted;

        public ImportStar(String module, boolean restricted, int line) {
            super(line);
            this.module = module;
            this.restricted = restricted;
        }

        @Override
        public int exec(Frame f) {
            PyModule m = Modules.importModule(f.in, module, restricted);
            for (java.util.Map.Entry<String, Object> e : m.attrs.entrySet()) {
                if (e.getKey().startsWith("_")) continue;
                if (f.classNs != null) f.classNs.put(e.getKey(), e.getValue());
                else f.globals.put(e.getKey(), e.getValue());
            }
            return NORMAL;
        }
    }

    public static final class Unsupported extends Stmt {
        final String what;

        public Unsupported(String what, int line) {
            super(line);
            this.what = what;
        }

        @Override
        public int exec(Frame f) {
            throw PyException.notImplemented(what + " is not supported in Basis");
        }
    }
}
