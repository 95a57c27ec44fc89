package basis.engine.lang;

import basis.engine.lang.Ast.*;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scope analysis before code generation (the Resolver of jlox): which names are local to each
 * function, which locals are captured by inner functions (cells), and which names are free
 * (captured from an enclosing function). Comprehensions and lambdas are function scopes.
 */
final class Scopes {
    enum Kind { MODULE, FUNCTION, CLASS }

    static final class Scope {
        final Kind kind;
        final Scope parent;
        final String name;
        final Set<String> assigned = new LinkedHashSet<>();
        final Set<String> params = new LinkedHashSet<>();
        final Set<String> globals = new LinkedHashSet<>();
        final Set<String> nonlocals = new LinkedHashSet<>();
        final Set<String> used = new LinkedHashSet<>();
        final Set<String> cells = new LinkedHashSet<>();
        final List<String> frees = new ArrayList<>();
        final List<Scope> children = new ArrayList<>();
        /** Slot numbers of locals (functions only): parameters first, in order. */
        final Map<String, Integer> slots = new LinkedHashMap<>();

        Scope(Kind kind, Scope parent, String name) {
            this.kind = kind;
            this.parent = parent;
            this.name = name;
            if (parent != null) parent.children.add(this);
        }

        boolean isLocal(String n) {
            return kind == Kind.FUNCTION && (params.contains(n) || assigned.contains(n)) && !globals.contains(n)
                    && !nonlocals.contains(n);
        }

        int slot(String n) {
            Integer s = slots.get(n);
            if (s == null) {
                s = slots.size();
                slots.put(n, s);
            }
            return s;
        }

        int freeIndex(String n) {
            return frees.indexOf(n);
        }
    }

    final IdentityHashMap<Object, Scope> scopeOf = new IdentityHashMap<>();
    final Scope module = new Scope(Kind.MODULE, null, "<module>");

    static Scopes analyze(List<Stmt> body) {
        Scopes s = new Scopes();
        s.scopeOf.put(body, s.module);
        for (Stmt st : body) s.stmt(st, s.module);
        s.resolve(s.module);
        return s;
    }

    // ------------------------------------------------------------------ collection
    private void assign(Scope sc, String name) {
        sc.assigned.add(name);
    }

    private void target(Expr t, Scope sc) {
        if (t instanceof Name n) assign(sc, n.id());
        else if (t instanceof TupleExpr tu) for (Expr e : tu.elts()) target(e, sc);
        else if (t instanceof ListExpr l) for (Expr e : l.elts()) target(e, sc);
        else if (t instanceof Starred s) target(s.value(), sc);
        else expr(t, sc);
    }

    private void stmts(List<Stmt> body, Scope sc) {
        for (Stmt s : body) stmt(s, sc);
    }

    private void stmt(Stmt s, Scope sc) {
        if (s instanceof ExprStmt e) {
                expr(e.value(), sc);
        } else if (s instanceof Assign a) {
                for (Expr t : a.targets()) target(t, sc);
                expr(a.value(), sc);
        } else if (s instanceof AugAssign a) {
                if (a.target() instanceof Name n) {
                    assign(sc, n.id());
                    sc.used.add(n.id());
                } else expr(a.target(), sc);
                expr(a.value(), sc);
        } else if (s instanceof AnnAssign a) {
                if (a.value() != null) {
                    target(a.target(), sc);
                    expr(a.value(), sc);
                }
        } else if (s instanceof If i) {
                expr(i.test(), sc);
                stmts(i.body(), sc);
                stmts(i.orelse(), sc);
        } else if (s instanceof While w) {
                expr(w.test(), sc);
                stmts(w.body(), sc);
                stmts(w.orelse(), sc);
        } else if (s instanceof For f) {
                target(f.target(), sc);
                expr(f.iter(), sc);
                stmts(f.body(), sc);
                stmts(f.orelse(), sc);
        } else if (s instanceof Return r) {
                if (r.value() != null) expr(r.value(), sc);
        } else if (s instanceof FunctionDef fd) {
                for (Expr d : fd.decorators()) expr(d, sc);
                for (Param p : fd.params()) if (p.defaultValue() != null) expr(p.defaultValue(), sc);
                assign(sc, fd.name());
                Scope fs = new Scope(Kind.FUNCTION, sc, fd.name());
                scopeOf.put(fd, fs);
                for (Param p : fd.params()) fs.params.add(p.name());
                if (sc.kind == Kind.CLASS) fs.used.add("__class__"); // for super()
                stmts(fd.body(), fs);
        } else if (s instanceof ClassDef cd) {
                for (Expr d : cd.decorators()) expr(d, sc);
                for (Expr b : cd.bases()) expr(b, sc);
                assign(sc, cd.name());
                Scope cs = new Scope(Kind.CLASS, sc, cd.name());
                scopeOf.put(cd, cs);
                stmts(cd.body(), cs);
        } else if (s instanceof Import im) {
                for (Alias a : im.names()) {
                    String bound = a.asName() != null ? a.asName() : a.name().split("\\.")[0];
                    assign(sc, bound);
                }
        } else if (s instanceof ImportFrom im) {
                for (Alias a : im.names()) {
                    if (!a.name().equals("*")) assign(sc, a.asName() != null ? a.asName() : a.name());
                }
        } else if (s instanceof Global g) {
                sc.globals.addAll(g.names());
        } else if (s instanceof Nonlocal n) {
                sc.nonlocals.addAll(n.names());
        } else if (s instanceof Raise r) {
                if (r.exc() != null) expr(r.exc(), sc);
                if (r.cause() != null) expr(r.cause(), sc);
        } else if (s instanceof Try t) {
                stmts(t.body(), sc);
                for (Handler h : t.handlers()) {
                    if (h.type() != null) expr(h.type(), sc);
                    if (h.name() != null) assign(sc, h.name());
                    stmts(h.body(), sc);
                }
                stmts(t.orelse(), sc);
                stmts(t.finalbody(), sc);
        } else if (s instanceof Assert a) {
                expr(a.test(), sc);
                if (a.msg() != null) expr(a.msg(), sc);
        } else if (s instanceof Del d) {
                for (Expr t : d.targets()) target(t, sc);
        } else if (s instanceof Break b) {
        } else if (s instanceof Continue c) {
        } else if (s instanceof Pass p) {
        } else if (s instanceof Unsupported u) {
        }
    }

    private void exprs(List<Expr> es, Scope sc) {
        for (Expr e : es) if (e != null) expr(e, sc);
    }

    private void expr(Expr e, Scope sc) {
        if (e instanceof Name n) {
                sc.used.add(n.id());
        } else if (e instanceof Constant c) {
        } else if (e instanceof FString f) {
                for (Object p : f.parts()) {
                    if (p instanceof FormattedValue fv) {
                        expr(fv.value(), sc);
                        if (fv.spec() != null) expr(fv.spec(), sc);
                    }
                }
        } else if (e instanceof BinOp b) {
                expr(b.left(), sc);
                expr(b.right(), sc);
        } else if (e instanceof UnaryOp u) {
                expr(u.operand(), sc);
        } else if (e instanceof BoolOp b) {
                exprs(b.values(), sc);
        } else if (e instanceof Compare c) {
                expr(c.left(), sc);
                exprs(c.comparators(), sc);
        } else if (e instanceof Call c) {
                expr(c.func(), sc);
                exprs(c.args(), sc);
                for (Keyword k : c.keywords()) expr(k.value(), sc);
                if (c.func() instanceof Name n && n.id().equals("super") && c.args().isEmpty()) {
                    sc.used.add("__class__");
                }
        } else if (e instanceof Attribute a) {
                expr(a.value(), sc);
        } else if (e instanceof Subscript s) {
                expr(s.value(), sc);
                expr(s.index(), sc);
        } else if (e instanceof Slice s) {
                if (s.lower() != null) expr(s.lower(), sc);
                if (s.upper() != null) expr(s.upper(), sc);
                if (s.step() != null) expr(s.step(), sc);
        } else if (e instanceof TupleExpr t) {
                exprs(t.elts(), sc);
        } else if (e instanceof ListExpr l) {
                exprs(l.elts(), sc);
        } else if (e instanceof DictExpr d) {
                exprs(d.keys(), sc);
                exprs(d.values(), sc);
        } else if (e instanceof SetExpr s) {
                exprs(s.elts(), sc);
        } else if (e instanceof Lambda l) {
                for (Param p : l.params()) if (p.defaultValue() != null) expr(p.defaultValue(), sc);
                Scope fs = new Scope(Kind.FUNCTION, sc, "<lambda>");
                scopeOf.put(l, fs);
                for (Param p : l.params()) fs.params.add(p.name());
                expr(l.body(), fs);
        } else if (e instanceof IfExp i) {
                expr(i.test(), sc);
                expr(i.body(), sc);
                expr(i.orelse(), sc);
        } else if (e instanceof Comprehension c) {
                comprehension(e, c.generators(), List.of(c.elt()), sc);
        } else if (e instanceof DictComp d) {
                comprehension(e, d.generators(), List.of(d.key(), d.value()), sc);
        } else if (e instanceof Starred s) {
                expr(s.value(), sc);
        } else if (e instanceof NamedExpr n) {
                // the walrus binds in the nearest enclosing non-comprehension scope
                Scope target = sc;
                while (target.name.startsWith("<") && target.name.endsWith("comp>") && target.parent != null) {
                    target = target.parent;
                }
                assign(target, n.target().id());
                if (target != sc) sc.used.add(n.target().id());
                expr(n.value(), sc);
        }
    }

    private void comprehension(Expr node, List<Generator> gens, List<Expr> results, Scope sc) {
        expr(gens.get(0).iter(), sc); // the outermost iterable is evaluated outside
        Scope cs = new Scope(Kind.FUNCTION, sc, node instanceof DictComp ? "<dictcomp>"
                : switch (((Comprehension) node).kind()) {
                    case LIST -> "<listcomp>";
                    case SET -> "<setcomp>";
                    case GENERATOR -> "<genexpr>";
                });
        scopeOf.put(node, cs);
        cs.params.add(".0");
        for (int i = 0; i < gens.size(); i++) {
            Generator g = gens.get(i);
            if (i > 0) expr(g.iter(), cs);
            target(g.target(), cs);
            exprs(g.ifs(), cs);
        }
        exprs(results, cs);
    }

    // ------------------------------------------------------------------ resolution
    private void resolve(Scope sc) {
        if (sc.kind == Kind.FUNCTION) {
            for (String n : sc.nonlocals) {
                if (!bindFree(sc, n)) {
                    throw new SyntaxErrorException("no binding for nonlocal '" + n + "' found", 0, 0);
                }
            }
            for (String n : sc.used) {
                if (sc.isLocal(n) || sc.globals.contains(n) || sc.nonlocals.contains(n)) continue;
                bindFree(sc, n);
            }
        } else if (sc.kind == Kind.CLASS) {
            for (String n : sc.used) {
                if (sc.assigned.contains(n) || n.equals("__class__")) continue;
                bindFree(sc, n);
            }
        }
        for (Scope c : sc.children) resolve(c);
    }

    /** Finds n as a local of an enclosing function; marks it a cell there and free on the way. */
    private boolean bindFree(Scope sc, String n) {
        List<Scope> path = new ArrayList<>();
        Scope p = sc.parent;
        while (p != null && p.kind != Kind.MODULE) {
            if (p.kind == Kind.FUNCTION) {
                if (p.isLocal(n)) {
                    p.cells.add(n);
                    markFree(sc, n, p);
                    return true;
                }
                if (p.globals.contains(n)) return false;
            }
            p = p.parent;
        }
        return false;
    }

    private void markFree(Scope from, String n, Scope owner) {
        for (Scope s = from; s != owner; s = s.parent) {
            if (s.kind == Kind.CLASS) {
                if (!s.frees.contains(n)) s.frees.add(n);
                continue;
            }
            if (!s.frees.contains(n)) s.frees.add(n);
        }
    }
}
