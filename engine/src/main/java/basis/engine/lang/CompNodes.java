package basis.engine.lang;

import basis.engine.lang.Nodes.Expr;
import basis.engine.lang.Nodes.Stmt;
import basis.engine.lang.Nodes.Target;

/** The nodes of a comprehension's hidden function: create the result, loop, filter, add. */
final class CompNodes {
    private CompNodes() {}

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
            Object result = kind == 0 || kind == 3 ? new PyList() : kind == 1 ? new PySet() : new PyDict();
            f.locals[resultSlot] = result;
            f.line = line;
            body.exec(f);
            // a generator expression (kind 3) is computed eagerly and handed out as a one-shot iterator
            f.ret = kind == 3 ? Access.arrayIter(((PyList) result).items.toArray()) : result;
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
