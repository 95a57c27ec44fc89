package basis.engine.lang;

import basis.engine.lang.Ast.BinOpKind;
import basis.engine.lang.Ast.CmpKind;
import java.util.ArrayList;

/**
 * Executable expression nodes: each evaluates itself against a Frame (SimpleLanguage's shape).
 * Variables were resolved to slots, closure cells or global cells by the {@link Compiler}.
 * Statement nodes are in {@link StmtNodes}.
 */
public final class Nodes {
    private Nodes() {}

    /** Statement completion codes: statements return these instead of throwing for control flow. */
    public static final int NORMAL = 0, BREAK = 1, CONTINUE = 2, RETURN = 3;

    public abstract static class Expr {
        public final int line;

        protected Expr(int line) {
            this.line = line;
        }

        public abstract Object eval(Frame f);
    }

    /** The slot of e when it reads a local variable, else -1 (see {@link #operand}). */
    static int slotOf(Expr e) {
        return e instanceof LocalLoad l ? l.slot : -1;
    }

    /**
     * The value of e, an operand of a hot node, read straight from its local slot when it is a
     * bound local variable (one virtual call less per operand: it counts in the browser, where
     * Wasm does not inline them); otherwise, unbound variables included, e.eval.
     */
    static Object operand(Frame f, int slot, Expr e) {
        if (slot >= 0) {
            Object v = f.locals[slot];
            if (v != null) return v;
        }
        return e.eval(f);
    }

    /**
     * Boxed ints -128..1023, shared: TeaVM's Long.valueOf allocates every time (the JVM's caches
     * -128..127). Made on first use, not in a static initializer: in TeaVM a class with one pays an
     * indirect call (its initializer check) at the start of every static method, {@link #operand}
     * included. The boxes travel in a record (a final field), so a thread that sees the holder sees them.
     */
    private static SmallInts smallInts;

    private record SmallInts(Long[] boxes) {}

    /** v boxed, from the shared small-int cache when it is in -128..1023 (loop indexes). */
    static Long box(long v) {
        if (v >= -128 && v < 1024) {
            SmallInts c = smallInts;
            if (c == null) c = makeSmallInts();
            return c.boxes[(int) v + 128];
        }
        return Long.valueOf(v);
    }

    private static SmallInts makeSmallInts() {
        Long[] boxes = new Long[1152];
        for (int i = 0; i < boxes.length; i++) boxes[i] = (long) (i - 128);
        SmallInts c = new SmallInts(boxes);
        smallInts = c;
        return c;
    }

    public abstract static class Stmt {
        public final int line;

        protected Stmt(int line) {
            this.line = line;
        }

        public abstract int exec(Frame f);
    }

    /** Something that can be assigned to: a name, an attribute, an item, or a tuple of targets. */
    public interface Target {
        void assign(Frame f, Object value);
    }

    // ------------------------------------------------------------------ constants and names
    public static final class Const extends Expr {
        final Object value;

        public Const(Object value, int line) {
            super(line);
            this.value = value;
        }

        @Override
        public Object eval(Frame f) {
            return value;
        }
    }

    public static final class LocalLoad extends Expr implements Target {
        final int slot;
        final String name;

        public LocalLoad(int slot, String name, int line) {
            super(line);
            this.slot = slot;
            this.name = name;
        }

        @Override
        public Object eval(Frame f) {
            Object v = f.locals[slot];
            if (v == null) throw unbound(name);
            return v;
        }

        @Override
        public void assign(Frame f, Object value) {
            f.locals[slot] = value;
        }
    }

    static PyException unbound(String name) {
        PyException e = PyException.of(Types.UNBOUND_LOCAL_ERROR, "cannot access local variable '" + name
                + "' where it is not associated with a value");
        return e;
    }

    public static final class CellLoad extends Expr implements Target {
        final int slot;
        final String name;

        public CellLoad(int slot, String name, int line) {
            super(line);
            this.slot = slot;
            this.name = name;
        }

        @Override
        public Object eval(Frame f) {
            Object v = ((PyCell) f.locals[slot]).value;
            if (v == null) throw unbound(name);
            return v;
        }

        @Override
        public void assign(Frame f, Object value) {
            ((PyCell) f.locals[slot]).value = value;
        }
    }

    public static final class FreeLoad extends Expr implements Target {
        final int index;
        final String name;

        public FreeLoad(int index, String name, int line) {
            super(line);
            this.index = index;
            this.name = name;
        }

        @Override
        public Object eval(Frame f) {
            Object v = f.closure[index].value;
            if (v == null) {
                throw PyException.of(Types.NAME_ERROR, "cannot access free variable '" + name
                        + "' where it is not associated with a value in enclosing scope");
            }
            return v;
        }

        @Override
        public void assign(Frame f, Object value) {
            f.closure[index].value = value;
        }
    }

    public static final class GlobalLoad extends Expr implements Target {
        final Globals.Cell cell;
        final boolean restricted;

        public GlobalLoad(Globals.Cell cell, int line, boolean restricted) {
            super(line);
            this.cell = cell;
            this.restricted = restricted;
        }

        /** The builtin this name falls back to, looked up once (builtins never change). */
        private Object builtin;

        @Override
        public Object eval(Frame f) {
            Object v = cell.value;
            if (v != null) return v;
            v = builtin;
            if (v == null) {
                v = Builtins.lookup(cell.name);
                if (v == null) throw PyException.nameError(cell.name);
                builtin = v;
            }
            if (restricted && f.in.forbiddenFunctions.contains(cell.name)) {
                throw PyException.of(Types.NAME_ERROR, cell.name + "() may not be used in this exercise");
            }
            return v;
        }

        @Override
        public void assign(Frame f, Object value) {
            cell.value = value;
        }
    }

    /** A name in a class body: the class namespace first, then globals and builtins. */
    public static final class ClassNsLoad extends Expr implements Target {
        final String name;
        final GlobalLoad global;

        public ClassNsLoad(String name, GlobalLoad global, int line) {
            super(line);
            this.name = name;
            this.global = global;
        }

        @Override
        public Object eval(Frame f) {
            Object v = f.classNs.get(name);
            return v != null ? v : global.eval(f);
        }

        @Override
        public void assign(Frame f, Object value) {
            f.classNs.put(name, value);
        }
    }

    // ------------------------------------------------------------------ operators
    public static final class BinOp extends Expr {
        final BinOpKind op;
        final Expr left, right;

        final int leftSlot, rightSlot;
        /** An operand that is a subscript (a[i][j] * b[j][k]): called directly, not through the vtable. */
        private final Subscript leftSub, rightSub;

        public BinOp(BinOpKind op, Expr left, Expr right, int line) {
            super(line);
            this.op = op;
            this.left = left;
            this.right = right;
            this.leftSlot = slotOf(left);
            this.rightSlot = slotOf(right);
            this.leftSub = left instanceof Subscript s ? s : null;
            this.rightSub = right instanceof Subscript s ? s : null;
            this.leftAdd = op == BinOpKind.ADD && left instanceof BinOp b && b.op == BinOpKind.ADD ? b : null;
        }

        /** (x + y) + z: on strings the three are joined in one copy (a + " " + b builds dict keys). */
        private final BinOp leftAdd;

        Object left(Frame f) {
            return leftSub != null ? leftSub.eval(f) : operand(f, leftSlot, left);
        }

        Object right(Frame f) {
            return rightSub != null ? rightSub.eval(f) : operand(f, rightSlot, right);
        }

        @Override
        public Object eval(Frame f) {
            if (leftAdd != null) return evalAdd3(f);
            // left(f) and right(f) written out: Wasm does not inline them
            Object a = leftSub != null ? leftSub.eval(f) : operand(f, leftSlot, left);
            Object b = rightSub != null ? rightSub.eval(f) : operand(f, rightSlot, right);
            return apply(f, a, b);
        }

        /**
         * (x + y) + z in the order and with the memory charges of the two additions (x and y, the
         * charge of x + y, then z and the charge of the whole), but on three strings one copy.
         */
        private Object evalAdd3(Frame f) {
            Object x = leftAdd.left(f);
            Object y = leftAdd.right(f);
            if (!(x instanceof String xs && y instanceof String ys)) {
                Object a = leftAdd.apply(f, x, y);
                return apply(f, a, right(f));
            }
            long inner = 2L * (xs.length() + ys.length());
            f.in.allocate(inner > 1 << 20 ? inner : 0, "");
            Object z = right(f);
            if (!(z instanceof String zs)) return apply(f, Strs.concat(xs, ys), z);
            long total = 2L * ((xs.length() + ys.length()) + zs.length());
            f.in.allocate(total > 1 << 20 ? total : 0, "");
            return Strs.concat(xs, ys, zs);
        }

        /** The operation on operands already evaluated. */
        Object apply(Frame f, Object a, Object b) {
            if (a instanceof String x && b instanceof String y && op == BinOpKind.ADD) {
                // what Ops.binary does for str + str, without its numeric and NumPy tests first
                long total = 2L * (x.length() + y.length());
                f.in.allocate(total > 1 << 20 ? total : 0, "");
                return Strs.concat(x, y);
            }
            if (a instanceof Double x && b instanceof Double y) {
                switch (op) {
                    case ADD: return x + y;
                    case SUB: return x - y;
                    case MUL: return x * y;
                    default: break;
                }
            } else if (a instanceof Long x && b instanceof Long y) {
                long p = x, q = y, r;
                switch (op) {
                    case ADD:
                        r = p + q;
                        if (((p ^ r) & (q ^ r)) >= 0) return box(r);
                        break;
                    case SUB:
                        r = p - q;
                        if (((p ^ q) & (p ^ r)) >= 0) return box(r);
                        break;
                    case MUL:
                        // 32-bit operands: the product fits (Arith.mulLong's fast case)
                        if (p == (int) p && q == (int) q) return box(p * q);
                        break;
                    case MOD:
                        if (q > 0) {
                            // Python's modulo (Math.floorMod) by a positive divisor, as Arith.mod
                            r = p % q;
                            return box(r < 0 ? r + q : r);
                        }
                        break;
                    default: break;
                }
            }
            return Ops.binary(f.in, op, a, b);
        }
    }

    public static final class Unary extends Expr {
        final Ast.UnaryKind op;
        final Expr operand;

        public Unary(Ast.UnaryKind op, Expr operand, int line) {
            super(line);
            this.op = op;
            this.operand = operand;
        }

        @Override
        public Object eval(Frame f) {
            return Ops.unary(f.in, op, operand.eval(f));
        }
    }

    public static final class Compare extends Expr {
        final Expr left;
        final CmpKind[] ops;
        final Expr[] rights;

        private final int leftSlot, rightSlot;

        public Compare(Expr left, CmpKind[] ops, Expr[] rights, int line) {
            super(line);
            this.left = left;
            this.ops = ops;
            this.rights = rights;
            this.leftSlot = slotOf(left);
            this.rightSlot = slotOf(rights[0]);
        }

        @Override
        public Object eval(Frame f) {
            Object a = operand(f, leftSlot, left);
            if (ops.length == 1) {
                Object b = operand(f, rightSlot, rights[0]);
                if (a instanceof Long x && b instanceof Long y) {
                    // the commonest comparison (loop bounds, recursion bases), kept small enough to inline
                    long p = x, q = y;
                    switch (ops[0]) {
                        case LT: return p < q;
                        case LE: return p <= q;
                        case GT: return p > q;
                        case GE: return p >= q;
                        case EQ: return p == q;
                        case NE: return p != q;
                        default: break;
                    }
                }
                return Ops.compare(f.in, ops[0], a, b);
            }
            Object result = Boolean.TRUE;
            for (int i = 0; i < ops.length; i++) {
                Object b = rights[i].eval(f);
                result = Ops.compare(f.in, ops[i], a, b);
                if (!Ops.truthy(f.in, result)) return result;
                a = b;
            }
            return result;
        }
    }

    public static final class BoolOp extends Expr {
        final boolean isAnd;
        final Expr[] values;

        public BoolOp(boolean isAnd, Expr[] values, int line) {
            super(line);
            this.isAnd = isAnd;
            this.values = values;
        }

        @Override
        public Object eval(Frame f) {
            Object v = null;
            for (Expr e : values) {
                v = e.eval(f);
                boolean t = Ops.truthy(f.in, v);
                if (isAnd ? !t : t) return v;
            }
            return v;
        }
    }

    public static final class IfExp extends Expr {
        final Expr test, body, orelse;

        public IfExp(Expr test, Expr body, Expr orelse, int line) {
            super(line);
            this.test = test;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        public Object eval(Frame f) {
            Object t = test.eval(f);
            return (t instanceof Boolean b ? b : Ops.truthy(f.in, t)) ? body.eval(f) : orelse.eval(f);
        }
    }

    public static final class NamedExpr extends Expr {
        final Target target;
        final Expr value;

        public NamedExpr(Target target, Expr value, int line) {
            super(line);
            this.target = target;
            this.value = value;
        }

        @Override
        public Object eval(Frame f) {
            Object v = value.eval(f);
            target.assign(f, v);
            return v;
        }
    }

    // ------------------------------------------------------------------ access
    public static final class Attr extends Expr implements Target {
        final Expr obj;
        final String name;

        public Attr(Expr obj, String name, int line) {
            super(line);
            this.obj = obj;
            this.name = name;
        }

        @Override
        public Object eval(Frame f) {
            return Access.getAttr(f.in, obj.eval(f), name);
        }

        @Override
        public void assign(Frame f, Object value) {
            Access.setAttr(f.in, obj.eval(f), name, value);
        }
    }

    /** obj.name in student code: a forbidden module function (e.g. np.linalg.inv) is refused. */
    public static final class RestrictedAttr extends Expr implements Target {
        final Expr obj;
        final String name;

        public RestrictedAttr(Expr obj, String name, int line) {
            super(line);
            this.obj = obj;
            this.name = name;
        }

        @Override
        public Object eval(Frame f) {
            return check(f, obj.eval(f), name);
        }

        static Object check(Frame f, Object o, String name) {
            if (o instanceof PyModule m && !f.in.forbiddenFunctions.isEmpty()) {
                String full = m.name + "." + name;
                String shortName = full.replaceFirst("^numpy", "np");
                if (f.in.forbiddenFunctions.contains(full) || f.in.forbiddenFunctions.contains(shortName)
                        || f.in.forbiddenFunctions.contains(name)) {
                    throw PyException.of(Types.NAME_ERROR, shortName + " may not be used in this exercise");
                }
            }
            return Access.getAttr(f.in, o, name);
        }

        @Override
        public void assign(Frame f, Object value) {
            Access.setAttr(f.in, obj.eval(f), name, value);
        }
    }

    public static final class Subscript extends Expr implements Target {
        final Expr obj, index;

        private final int objSlot, indexSlot;
        /** obj when it is itself a subscript (a[i][j]): called directly, not through the vtable. */
        private final Subscript objSub;

        public Subscript(Expr obj, Expr index, int line) {
            super(line);
            this.obj = obj;
            this.index = index;
            this.objSlot = slotOf(obj);
            this.indexSlot = slotOf(index);
            this.objSub = obj instanceof Subscript s ? s : null;
        }

        @Override
        public Object eval(Frame f) {
            Object o = objSub != null ? objSub.eval(f) : operand(f, objSlot, obj);
            Object i = operand(f, indexSlot, index);
            if (o instanceof PyList l && i instanceof Long k) {
                long n = l.items.size();
                long j = k < 0 ? k + n : k;
                if (j >= 0 && j < n) return l.items.get((int) j);
            }
            return Access.getItem(f.in, o, i);
        }

        @Override
        public void assign(Frame f, Object value) {
            Object o = objSub != null ? objSub.eval(f) : operand(f, objSlot, obj);
            Object i = operand(f, indexSlot, index);
            if (o instanceof PyList l && i instanceof Long k) {
                long n = l.items.size();
                long j = k < 0 ? k + n : k;
                if (j >= 0 && j < n) {
                    l.items.set((int) j, value);
                    return;
                }
            }
            Access.setItem(f.in, o, i, value);
        }
    }

    public static final class SliceNode extends Expr {
        final Expr lo, hi, step;

        public SliceNode(Expr lo, Expr hi, Expr step, int line) {
            super(line);
            this.lo = lo;
            this.hi = hi;
            this.step = step;
        }

        @Override
        public Object eval(Frame f) {
            return new PySlice(lo == null ? PyNone.NONE : lo.eval(f), hi == null ? PyNone.NONE : hi.eval(f),
                    step == null ? PyNone.NONE : step.eval(f));
        }
    }

    /**
     * A call with plain positional arguments, the common case: kept small because its Java frame
     * stays on the stack for the whole call (the browser's stack bounds Python's recursion depth).
     */
    public static final class SimpleCall extends Expr {
        final Expr func;
        final Expr[] args;

        private final GlobalLoad global;

        public SimpleCall(Expr func, Expr[] args, int line) {
            super(line);
            this.func = func;
            this.args = args;
            this.global = func instanceof GlobalLoad g ? g : null;
        }

        @Override
        public Object eval(Frame f) {
            // a global function's cell read directly (GlobalLoad.eval returns a set cell's value as is)
            Object fn = global != null && global.cell.value != null ? global.cell.value : func.eval(f);
            if (fn instanceof PyFunction pf && pf.code.plainParams && args.length == pf.code.positionalCount) {
                // the arguments go straight into the new frame's slots
                Object[] locals = new Object[pf.code.nlocals];
                for (int i = 0; i < args.length; i++) locals[i] = args[i].eval(f);
                return Calls.run(f.in, pf, locals);
            }
            Object[] argv = new Object[args.length];
            for (int i = 0; i < argv.length; i++) argv[i] = args[i].eval(f);
            if (fn instanceof PyFunction pf) return Calls.invoke(f.in, pf, argv, null);
            return Access.call(f.in, fn, argv, null);
        }
    }

    /**
     * obj.name(args) with plain positional arguments: calls the method without allocating a bound
     * method object, with direct paths for list.append and dict.get (the commonest calls in student loops).
     */
    public static final class MethodCall extends Expr {
        final Expr obj;
        final String name;
        final Expr[] args;
        final boolean restricted;

        /** The name tests done once (TeaVM's String.equals compares char by char on every call). */
        private final boolean isAppend, isGet;

        public MethodCall(Expr obj, String name, Expr[] args, boolean restricted, int line) {
            super(line);
            this.obj = obj;
            this.name = name;
            this.args = args;
            this.restricted = restricted;
            this.isAppend = args.length == 1 && name.equals("append");
            this.isGet = (args.length == 1 || args.length == 2) && name.equals("get");
        }

        @Override
        public Object eval(Frame f) {
            Object o = obj.eval(f);
            if (isAppend && o instanceof PyList l) {
                Object v = args[0].eval(f);
                if ((l.items.size() & 0xffff) == 0xffff) f.in.allocate(8L * 0x10000, "");
                l.items.add(v);
                return PyNone.NONE;
            }
            if (isGet && o instanceof PyDict d) {
                // d.get(key[, default]), the counting idiom, without a bound method
                Object key = args[0].eval(f);
                Object dflt = args.length == 2 ? args[1].eval(f) : PyNone.NONE;
                Object v = d.get(key);
                return v != null ? v : dflt;
            }
            if (o instanceof PyInstance inst && !inst.attrs.containsKey(name)) {
                Object m = inst.cls.lookup(name);
                if (m instanceof PyFunction pf) {
                    Object[] argv = new Object[args.length + 1];
                    argv[0] = o;
                    for (int i = 0; i < args.length; i++) argv[i + 1] = args[i].eval(f);
                    return Calls.invoke(f.in, pf, argv, null);
                }
            }
            Object fn = restricted ? RestrictedAttr.check(f, o, name) : Access.getAttr(f.in, o, name);
            Object[] argv = new Object[args.length];
            for (int i = 0; i < argv.length; i++) argv[i] = args[i].eval(f);
            if (fn instanceof PyFunction pf) return Calls.invoke(f.in, pf, argv, null);
            return Access.call(f.in, fn, argv, null);
        }
    }

    /** A call: positional args (some may be *starred), keyword args (name null = **mapping). */
    public static final class Call extends Expr {
        final Expr func;
        final Expr[] args;
        final boolean[] starred;
        final boolean anyStarred;
        final String[] kwNames;
        final Expr[] kwValues;

        public Call(Expr func, Expr[] args, boolean[] starred, String[] kwNames, Expr[] kwValues, int line) {
            super(line);
            this.func = func;
            this.args = args;
            this.starred = starred;
            boolean any = false;
            for (boolean b : starred) any |= b;
            this.anyStarred = any;
            this.kwNames = kwNames;
            this.kwValues = kwValues;
        }

        @Override
        public Object eval(Frame f) {
            Object fn = func.eval(f);
            Object[] argv;
            if (!anyStarred) {
                argv = new Object[args.length];
                for (int i = 0; i < args.length; i++) argv[i] = args[i].eval(f);
            } else {
                ArrayList<Object> list = new ArrayList<>();
                for (int i = 0; i < args.length; i++) {
                    Object v = args[i].eval(f);
                    if (starred[i]) {
                        if (!(v instanceof PyList || v instanceof PyTuple || v instanceof PyRange || v instanceof String
                                || v instanceof PyDict || v instanceof PySet || v instanceof PyIter
                                || v instanceof basis.engine.nd.NDArray || v instanceof PyInstance)) {
                            throw PyException.typeError(calleeName(fn) + " argument after * must be an iterable, not "
                                    + Ops.typeName(v));
                        }
                        list.addAll(Access.toList(f.in, v));
                    } else list.add(v);
                }
                argv = list.toArray();
            }
            Kwargs kw = null;
            if (kwNames.length > 0) {
                kw = new Kwargs();
                for (int i = 0; i < kwNames.length; i++) {
                    Object v = kwValues[i].eval(f);
                    if (kwNames[i] == null) {
                        if (!(v instanceof PyDict d)) {
                            throw PyException.typeError(calleeName(fn) + " argument after ** must be a mapping, not "
                                    + Ops.typeName(v));
                        }
                        for (java.util.Map.Entry<PyKey, Object> e : d.entries()) {
                            if (!(e.getKey().key instanceof String k)) throw PyException.typeError("keywords must be strings");
                            if (kw.map.containsKey(k)) {
                                throw PyException.typeError(calleeName(fn) + " got multiple values for keyword argument '"
                                        + k + "'");
                            }
                            kw.map.put(k, e.getValue());
                        }
                    } else {
                        kw.map.put(kwNames[i], v);
                    }
                }
            }
            if (fn instanceof PyFunction pf) return Calls.invoke(f.in, pf, argv, kw);
            return Access.call(f.in, fn, argv, kw);
        }
    }

    static String calleeName(Object fn) {
        if (fn instanceof PyFunction p) return p.qualname + "()";
        if (fn instanceof PyBuiltin b) return b.name + "()";
        if (fn instanceof PyClass c) return c.name + "()";
        return "function";
    }

    // ------------------------------------------------------------------ displays
    public static final class TupleNode extends Expr implements Target {
        final Expr[] elts;
        final boolean[] starred;

        public TupleNode(Expr[] elts, boolean[] starred, int line) {
            super(line);
            this.elts = elts;
            this.starred = starred;
        }

        @Override
        public Object eval(Frame f) {
            return new PyTuple(evalAll(f, elts, starred));
        }

        @Override
        public void assign(Frame f, Object value) {
            Unpack.assign(f, elts, starred, value);
        }
    }

    static Object[] evalAll(Frame f, Expr[] elts, boolean[] starred) {
        boolean any = false;
        for (boolean b : starred) any |= b;
        if (!any) {
            Object[] out = new Object[elts.length];
            for (int i = 0; i < elts.length; i++) out[i] = elts[i].eval(f);
            return out;
        }
        ArrayList<Object> out = new ArrayList<>();
        for (int i = 0; i < elts.length; i++) {
            Object v = elts[i].eval(f);
            if (starred[i]) out.addAll(Access.toList(f.in, v));
            else out.add(v);
        }
        return out.toArray();
    }

    public static final class ListNode extends Expr implements Target {
        final Expr[] elts;
        final boolean[] starred;

        public ListNode(Expr[] elts, boolean[] starred, int line) {
            super(line);
            this.elts = elts;
            this.starred = starred;
        }

        @Override
        public Object eval(Frame f) {
            Object[] items = evalAll(f, elts, starred);
            PyList l = new PyList(items.length);
            for (Object o : items) l.items.add(o);
            return l;
        }

        @Override
        public void assign(Frame f, Object value) {
            Unpack.assign(f, elts, starred, value);
        }
    }

    public static final class DictNode extends Expr {
        final Expr[] keys, values;

        public DictNode(Expr[] keys, Expr[] values, int line) {
            super(line);
            this.keys = keys;
            this.values = values;
        }

        @Override
        public Object eval(Frame f) {
            PyDict d = new PyDict();
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == null) {
                    Object m = values[i].eval(f);
                    if (!(m instanceof PyDict src)) {
                        throw PyException.typeError("'" + Ops.typeName(m) + "' object is not a mapping");
                    }
                    d.map.putAll(src.map);
                } else {
                    Object k = keys[i].eval(f);
                    d.put(k, values[i].eval(f));
                }
            }
            return d;
        }
    }

    public static final class SetNode extends Expr {
        final Expr[] elts;
        final boolean[] starred;

        public SetNode(Expr[] elts, boolean[] starred, int line) {
            super(line);
            this.elts = elts;
            this.starred = starred;
        }

        @Override
        public Object eval(Frame f) {
            PySet s = new PySet();
            for (Object o : evalAll(f, elts, starred)) s.add(o);
            return s;
        }
    }

    public static final class FStringNode extends Expr {
        final Object[] parts; // String or Piece
        public record Piece(Expr value, char conversion, Expr spec, String selfDoc) {}

        public FStringNode(Object[] parts, int line) {
            super(line);
            this.parts = parts;
        }

        @Override
        public Object eval(Frame f) {
            // the pieces first, then one concatenation (TeaVM's StringBuilder.append copies char by char)
            String[] strs = new String[parts.length * 2];
            int n = 0;
            for (Object p : parts) {
                if (p instanceof String s) {
                    strs[n++] = s;
                    continue;
                }
                Piece piece = (Piece) p;
                Object v = piece.value.eval(f);
                if (piece.selfDoc != null) strs[n++] = piece.selfDoc;
                if (piece.conversion == 'r') v = Ops.repr(f.in, v);
                else if (piece.conversion == 's') v = Ops.str(f.in, v);
                else if (piece.conversion == 'a') v = Ops.repr(f.in, v);
                String spec = piece.spec == null ? "" : (String) piece.spec.eval(f);
                strs[n++] = Builtins.format(f.in, v, spec);
            }
            return Strs.concat(strs, n);
        }
    }

    /** Makes a function object (def, lambda, or the body of a comprehension). */
    public static final class MakeFunction extends Expr {
        final Code code;
        final Expr[] defaults;
        final Expr[] kwDefaults; // null entries = required
        final Expr[] closureSources; // CellLoad/FreeLoad-like: we need the PyCell itself
        final int[] closureFromLocalSlot; // >=0: take locals[slot] (a PyCell); else -1-index into current closure

        public MakeFunction(Code code, Expr[] defaults, Expr[] kwDefaults, int[] closureFrom, int line) {
            super(line);
            this.code = code;
            this.defaults = defaults;
            this.kwDefaults = kwDefaults;
            this.closureSources = null;
            this.closureFromLocalSlot = closureFrom;
        }

        @Override
        public Object eval(Frame f) {
            Object[] d = new Object[defaults.length];
            for (int i = 0; i < d.length; i++) d[i] = defaults[i].eval(f);
            Object[] kd = new Object[kwDefaults.length];
            for (int i = 0; i < kd.length; i++) kd[i] = kwDefaults[i] == null ? null : kwDefaults[i].eval(f);
            PyCell[] closure = new PyCell[closureFromLocalSlot.length];
            for (int i = 0; i < closure.length; i++) {
                int s = closureFromLocalSlot[i];
                closure[i] = s >= 0 ? (PyCell) f.locals[s] : f.closure[-1 - s];
            }
            return new PyFunction(code, d, kd, closure, f.globals);
        }
    }

    /** A comprehension: a hidden function called with the outermost iterable. */
    public static final class ComprehensionCall extends Expr {
        final MakeFunction make;
        final Expr firstIter;

        public ComprehensionCall(MakeFunction make, Expr firstIter, int line) {
            super(line);
            this.make = make;
            this.firstIter = firstIter;
        }

        @Override
        public Object eval(Frame f) {
            Object it = firstIter.eval(f);
            PyIter iter = Access.iter(f.in, it);
            PyFunction fn = (PyFunction) make.eval(f);
            Code c = fn.code;
            Object[] locals = new Object[c.nlocals];
            locals[0] = iter;
            for (int slot : c.cellSlots) locals[slot] = new PyCell(locals[slot]);
            Frame inner = new Frame(locals, fn.closure, fn.globals, f.in, null);
            try {
                c.body.exec(inner);
            } catch (RuntimeException | OutOfMemoryError | StackOverflowError ex) {
                PyException e = StmtNodes.toPython(ex);
                e.addFrame(c.filename, c.name, inner.line);
                throw e;
            }
            return inner.ret;
        }
    }

    /** super() inside a method: the class being defined and the method's first argument. */
    public static final class SuperNode extends Expr {
        final Code.ClassHolder holder;
        final Expr self;

        public SuperNode(Code.ClassHolder holder, Expr self, int line) {
            super(line);
            this.holder = holder;
            this.self = self;
        }

        @Override
        public Object eval(Frame f) {
            if (holder.cls == null) throw PyException.of(Types.RUNTIME_ERROR, "super(): __class__ cell not found");
            return new PySuper(holder.cls, self.eval(f));
        }
    }
}
