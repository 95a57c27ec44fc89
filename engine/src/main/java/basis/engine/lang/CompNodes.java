package basis.engine.lang;

import basis.engine.lang.Nodes.Expr;
import basis.engine.lang.Nodes.Stmt;
import basis.engine.lang.Nodes.Target;

/**
 * The nodes of a comprehension's hidden function: create the result, loop, filter, add. A generator
 * expression's hidden function instead hands out a {@link GenIter} that runs the loops lazily.
 */
final class CompNodes {
    private CompNodes() {}

    /**
     * The body of a generator expression's hidden function: returns a generator over the frame. As in
     * CPython, only the outermost iterable is evaluated when the expression is (it arrives as slot 0);
     * the inner iterables, the conditions and the element are evaluated one item at a time, so
     * {@code any(...)} and {@code all(...)} stop at the first item that decides them.
     */
    static final class Gen extends Stmt {
        final Target[] targets;
        final Expr[] iters; // iters[0] is unused: the outermost iterator is slot 0
        final Expr[][] ifs;
        final Expr elt;
        Code code; // set once the hidden function's Code exists (for tracebacks)

        Gen(Target[] targets, Expr[] iters, Expr[][] ifs, Expr elt, int line) {
            super(line);
            this.targets = targets;
            this.iters = iters;
            this.ifs = ifs;
            this.elt = elt;
        }

        @Override
        public int exec(Frame f) {
            f.ret = new GenIter(f, this);
            return Nodes.RETURN;
        }
    }

    /** A running generator expression: one iterator per {@code for} clause, advanced on demand. */
    static final class GenIter implements PyIter {
        private final Frame f;
        private final Gen g;
        private final PyIter[] its;
        private int depth;
        private boolean done, running;

        GenIter(Frame f, Gen g) {
            this.f = f;
            this.g = g;
            this.its = new PyIter[g.targets.length];
            this.its[0] = (PyIter) f.locals[0];
        }

        @Override
        public Object next() {
            if (done) return null;
            if (running) throw PyException.of(Types.VALUE_ERROR, "generator already executing");
            Interp in = f.in;
            int last = its.length - 1;
            running = true;
            try {
                f.line = g.line;
                outer:
                while (true) {
                    Object v = its[depth].next();
                    if (v == null) {
                        its[depth] = null;
                        if (depth == 0) {
                            done = true;
                            return null;
                        }
                        depth--;
                        continue;
                    }
                    in.step();
                    g.targets[depth].assign(f, v);
                    for (Expr cond : g.ifs[depth]) {
                        Object t = cond.eval(f);
                        if (!(t instanceof Boolean b ? b : Ops.truthy(in, t))) continue outer;
                    }
                    if (depth == last) return g.elt.eval(f);
                    depth++;
                    its[depth] = Access.iter(in, g.iters[depth].eval(f));
                }
            } catch (RuntimeException | OutOfMemoryError | StackOverflowError ex) {
                done = true; // as in CPython, a generator that raised is finished
                PyException e = StmtNodes.toPython(ex);
                e.addFrame(g.code.filename, g.code.name, f.line);
                throw e;
            } finally {
                running = false;
            }
        }
    }

    /** Creates the result (list, set or dict), runs the loops, returns the result. */
    static final class Run extends Stmt {
        final int resultSlot, kind;
        final Stmt body;

        Run(int resultSlot, int kind, Stmt body, int line) {
            super(line);
            this.resultSlot = resultSlot;
            this.kind = kind;
            this.body = body;
        }

        @Override
        public int exec(Frame f) {
            Object result = kind == 0 ? new PyList() : kind == 1 ? new PySet() : new PyDict();
            f.locals[resultSlot] = result;
            f.line = line;
            body.exec(f);
            f.ret = result;
            return Nodes.RETURN;
        }
    }

    static final class Loop extends Stmt {
        final Target target;
        final Expr iter; // null: the hidden parameter .0 (slot 0)
        final Expr[] ifs;
        final Stmt body;

        Loop(Target target, Expr iter, Expr[] ifs, Stmt body, int line) {
            super(line);
            this.target = target;
            this.iter = iter;
            this.ifs = ifs;
            this.body = body;
        }

        @Override
        public int exec(Frame f) {
            Interp in = f.in;
            PyIter it = iter == null ? (PyIter) f.locals[0] : Access.iter(in, iter.eval(f));
            int slot = target instanceof Nodes.LocalLoad l ? l.slot : -1;
            outer:
            for (Object v = it.next(); v != null; v = it.next()) {
                in.step();
                if (slot >= 0) f.locals[slot] = v;
                else target.assign(f, v);
                for (Expr cond : ifs) {
                    Object t = cond.eval(f);
                    if (!(t instanceof Boolean b ? b : Ops.truthy(in, t))) continue outer;
                }
                body.exec(f);
            }
            return Nodes.NORMAL;
        }
    }

    static final class Add extends Stmt {
        final int resultSlot;
        final Expr elt;

        Add(int resultSlot, Expr elt, int line) {
            super(line);
            this.resultSlot = resultSlot;
            this.elt = elt;
        }

        @Override
        public int exec(Frame f) {
            Object r = f.locals[resultSlot];
            Object v = elt.eval(f);
            if (r instanceof PyList l) {
                if ((l.items.size() & 0xffff) == 0xffff) f.in.allocate(8L * 0x10000, "");
                l.items.add(v);
            } else ((PySet) r).add(v);
            return Nodes.NORMAL;
        }
    }

    static final class DictAdd extends Stmt {
        final int resultSlot;
        final Expr key, value;

        DictAdd(int resultSlot, Expr key, Expr value, int line) {
            super(line);
            this.resultSlot = resultSlot;
            this.key = key;
            this.value = value;
        }

        @Override
        public int exec(Frame f) {
            Object k = key.eval(f);
            ((PyDict) f.locals[resultSlot]).put(k, value.eval(f));
            return Nodes.NORMAL;
        }
    }
}
