package basis.engine.lang;

import basis.engine.lang.Ast.*;
import basis.engine.lang.Nodes.Target;
import basis.engine.lang.Scopes.Kind;
import basis.engine.lang.Scopes.Scope;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the syntax tree into executable nodes, with every variable resolved to a local slot, a
 * closure cell or a global cell (using the analysis of {@link Scopes}).
 */
public final class Compiler {
    private final Scopes scopes;
    private final Globals globals;
    private final String filename;
    /** Student code: imports and module attributes obey the exercise's restrictions. */
    private final boolean restricted;

    private Compiler(Scopes scopes, Globals globals, String filename, boolean restricted) {
        this.scopes = scopes;
        this.globals = globals;
        this.filename = filename;
        this.restricted = restricted;
    }

    /** Compiles a module (a file or a notebook cell). With {@code display}, a final expression is displayed. */
    public static Nodes.Stmt compileModule(List<Stmt> body, Globals globals, String filename, boolean display) {
        return compileModule(body, globals, filename, display, false);
    }

    public static Nodes.Stmt compileModule(List<Stmt> body, Globals globals, String filename, boolean display,
                                           boolean restricted) {
        return compileModule(body, Scopes.analyze(body), globals, filename, display, restricted);
    }

    /**
     * A module's scope analysis done once, for code compiled many times (the grader's helpers and
     * tests, once per submission). Compiled code binds each global name to its namespace's cell, so
     * the nodes themselves cannot be shared; the analysis can. One compilation at preparation assigns
     * every slot, after which compiling only reads the analysis, so a Prepared may be shared between
     * threads once published.
     */
    public static final class Prepared {
        final List<Stmt> body;
        final Scopes scopes;

        private Prepared(List<Stmt> body, Scopes scopes) {
            this.body = body;
            this.scopes = scopes;
        }
    }

    public static Prepared prepare(List<Stmt> body) {
        Scopes s = Scopes.analyze(body);
        compileModule(body, s, new Globals(), "<prepare>", false, false); // fills in every slot number
        return new Prepared(body, s);
    }

    public static Nodes.Stmt compileModule(Prepared p, Globals globals, String filename, boolean display,
                                           boolean restricted) {
        return compileModule(p.body, p.scopes, globals, filename, display, restricted);
    }

    private static Nodes.Stmt compileModule(List<Stmt> body, Scopes s, Globals globals, String filename, boolean display,
                                            boolean restricted) {
        Compiler c = new Compiler(s, globals, filename, restricted);
        Ctx ctx = new Ctx(s.module, null);
        List<Nodes.Stmt> out = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            Stmt st = body.get(i);
            if (display && i == body.size() - 1 && st instanceof ExprStmt es) {
                out.add(new StmtNodes.Display(c.expr(es.value(), ctx), st.line()));
            } else {
                out.add(c.stmt(st, ctx));
            }
        }
        return new StmtNodes.Block(out.toArray(new Nodes.Stmt[0]), 1);
    }

    /** Per-scope compile state. */
    private static final class Ctx {
        final Scope scope;
        /** For functions directly inside a class: the class holder, for super(). */
        final Code.ClassHolder classHolder;
        String firstParam;

        Ctx(Scope scope, Code.ClassHolder classHolder) {
            this.scope = scope;
            this.classHolder = classHolder;
        }
    }

    // ------------------------------------------------------------------ names
    private Nodes.GlobalLoad globalLoad(String name, int line) {
        return new Nodes.GlobalLoad(globals.cell(name), line, restricted);
    }

    private Nodes.Expr load(String name, Ctx ctx, int line) {
        Scope sc = ctx.scope;
        if (sc.kind == Kind.FUNCTION) {
            if (sc.isLocal(name)) {
                int slot = sc.slot(name);
                return sc.cells.contains(name) ? new Nodes.CellLoad(slot, name, line) : new Nodes.LocalLoad(slot, name, line);
            }
            int fi = sc.freeIndex(name);
            if (fi >= 0 && !sc.globals.contains(name)) return new Nodes.FreeLoad(fi, name, line);
            return globalLoad(name, line);
        }
        if (sc.kind == Kind.CLASS) {
            int fi = sc.freeIndex(name);
            if (fi >= 0 && !sc.assigned.contains(name)) return new Nodes.FreeLoad(fi, name, line);
            return new Nodes.ClassNsLoad(name, globalLoad(name, line), line);
        }
        return restricted ? new Nodes.GlobalLoad(globals.cell(name), line, true) : globalLoad(name, line);
    }

    private Target store(String name, Ctx ctx, int line) {
        Scope sc = ctx.scope;
        if (sc.kind == Kind.CLASS && !sc.globals.contains(name)) {
            return new Nodes.ClassNsLoad(name, globalLoad(name, line), line);
        }
        return (Target) load(name, ctx, line);
    }

    private Target target(Expr e, Ctx ctx) {
        if (e instanceof Name n) return store(n.id(), ctx, n.line());
        if (e instanceof Attribute a) return new Nodes.Attr(expr(a.value(), ctx), a.attr(), a.line());
        if (e instanceof Subscript s) return new Nodes.Subscript(expr(s.value(), ctx), expr(s.index(), ctx), s.line());
        if (e instanceof TupleExpr t) return new Nodes.TupleNode(targets(t.elts(), ctx), starFlags(t.elts()), t.line());
        if (e instanceof ListExpr l) return new Nodes.ListNode(targets(l.elts(), ctx), starFlags(l.elts()), l.line());
        throw new SyntaxErrorException("cannot assign to expression", e.line(), e.col());
    }

    private Nodes.Expr[] targets(List<Expr> elts, Ctx ctx) {
        Nodes.Expr[] out = new Nodes.Expr[elts.size()];
        int stars = 0;
        for (int i = 0; i < out.length; i++) {
            Expr e = elts.get(i);
            if (e instanceof Starred s) {
                stars++;
                e = s.value();
            }
            out[i] = (Nodes.Expr) target(e, ctx);
        }
        if (stars > 1) throw new SyntaxErrorException("multiple starred expressions in assignment", elts.get(0).line(),
                elts.get(0).col());
        return out;
    }

    private static boolean[] starFlags(List<Expr> elts) {
        boolean[] f = new boolean[elts.size()];
        for (int i = 0; i < f.length; i++) f[i] = elts.get(i) instanceof Starred;
        return f;
    }

    // ------------------------------------------------------------------ statements
    private Nodes.Stmt block(List<Stmt> body, Ctx ctx, int line) {
        if (body.isEmpty()) return null;
        Nodes.Stmt[] out = new Nodes.Stmt[body.size()];
        for (int i = 0; i < out.length; i++) out[i] = stmt(body.get(i), ctx);
        return new StmtNodes.Block(out, line);
    }

    private Nodes.Stmt stmt(Stmt s, Ctx ctx) {
        if (s instanceof ExprStmt e) {
                return new StmtNodes.ExprStmt(expr(e.value(), ctx), s.line());
        } else if (s instanceof Assign a) {
                Target[] ts = new Target[a.targets().size()];
                for (int i = 0; i < ts.length; i++) ts[i] = target(a.targets().get(i), ctx);
                return new StmtNodes.Assign(ts, expr(a.value(), ctx), s.line());
        } else if (s instanceof AugAssign a) {
                return new StmtNodes.AugAssign((Nodes.Expr) target(a.target(), ctx), a.op(), expr(a.value(), ctx),
                    s.line());
        } else if (s instanceof AnnAssign a) {
                return a.value() == null ? new StmtNodes.Pass(s.line())
                    : new StmtNodes.Assign(new Target[] {target(a.target(), ctx)}, expr(a.value(), ctx), s.line());
        } else if (s instanceof If i) {
                return new StmtNodes.If(expr(i.test(), ctx), block(i.body(), ctx, i.line()),
                    block(i.orelse(), ctx, i.line()), s.line());
        } else if (s instanceof While w) {
                return new StmtNodes.While(expr(w.test(), ctx), orPass(block(w.body(), ctx, w.line()), w.line()),
                    block(w.orelse(), ctx, w.line()), s.line());
        } else if (s instanceof For f) {
                return new StmtNodes.For(target(f.target(), ctx), expr(f.iter(), ctx),
                    orPass(block(f.body(), ctx, f.line()), f.line()), block(f.orelse(), ctx, f.line()), s.line());
        } else if (s instanceof Break b) {
                return new StmtNodes.Jump(Nodes.BREAK, s.line());
        } else if (s instanceof Continue c) {
                return new StmtNodes.Jump(Nodes.CONTINUE, s.line());
        } else if (s instanceof Pass p) {
                return new StmtNodes.Pass(s.line());
        } else if (s instanceof Return r) {
                return new StmtNodes.Return(r.value() == null ? null : expr(r.value(), ctx), s.line());
        } else if (s instanceof FunctionDef fd) {
                return new StmtNodes.Define(function(fd, fd.name(), fd.params(), fd.body(), null, ctx),
                    exprs(fd.decorators(), ctx), store(fd.name(), ctx, fd.line()), s.line());
        } else if (s instanceof ClassDef cd) {
                return classDef(cd, ctx);
        } else if (s instanceof Import im) {
                return importStmt(im, ctx);
        } else if (s instanceof ImportFrom im) {
                return importFrom(im, ctx);
        } else if (s instanceof Global g) {
                return new StmtNodes.Pass(s.line());
        } else if (s instanceof Nonlocal n) {
                return new StmtNodes.Pass(s.line());
        } else if (s instanceof Raise r) {
                return new StmtNodes.Raise(r.exc() == null ? null : expr(r.exc(), ctx),
                    r.cause() == null ? null : expr(r.cause(), ctx), s.line());
        } else if (s instanceof Try t) {
                StmtNodes.Try.Handler[] hs = new StmtNodes.Try.Handler[t.handlers().size()];
                for (int i = 0; i < hs.length; i++) {
                    Handler h = t.handlers().get(i);
                    hs[i] = new StmtNodes.Try.Handler(h.type() == null ? null : expr(h.type(), ctx),
                            h.name() == null ? null : store(h.name(), ctx, h.line()),
                            orPass(block(h.body(), ctx, h.line()), h.line()), h.line());
                }
                return new StmtNodes.Try(orPass(block(t.body(), ctx, t.line()), t.line()), hs, block(t.orelse(), ctx, t.line()),
                        block(t.finalbody(), ctx, t.line()), s.line());
        } else if (s instanceof Assert a) {
                return new StmtNodes.Assert(expr(a.test(), ctx), a.msg() == null ? null : expr(a.msg(), ctx), s.line());
        } else if (s instanceof Del d) {
                Nodes.Expr[] ts = new Nodes.Expr[d.targets().size()];
                for (int i = 0; i < ts.length; i++) ts[i] = (Nodes.Expr) target(d.targets().get(i), ctx);
                return new StmtNodes.Del(ts, s.line());
        } else if (s instanceof Unsupported u) {
                return new StmtNodes.Unsupported(u.what(), s.line());
        } else {
            throw new IllegalStateException("unhandled node " + s);
        }
    }

    private static Nodes.Stmt orPass(Nodes.Stmt s, int line) {
        return s == null ? new StmtNodes.Pass(line) : s;
    }

    private Nodes.Stmt importStmt(Import im, Ctx ctx) {
        List<Nodes.Stmt> out = new ArrayList<>();
        for (Alias a : im.names()) {
            if (a.asName() != null) {
                out.add(new StmtNodes.Import(a.name(), store(a.asName(), ctx, im.line()), false, restricted, im.line()));
            } else {
                String top = a.name().split("\\.")[0];
                out.add(new StmtNodes.Import(a.name(), store(top, ctx, im.line()), true, restricted, im.line()));
            }
        }
        return out.size() == 1 ? out.get(0) : new StmtNodes.Block(out.toArray(new Nodes.Stmt[0]), im.line());
    }

    private Nodes.Stmt importFrom(ImportFrom im, Ctx ctx) {
        if (im.names().size() == 1 && im.names().get(0).name().equals("*")) {
            if (ctx.scope.kind == Kind.FUNCTION) {
                throw new SyntaxErrorException("import * only allowed at module level", im.line(), im.col());
            }
            return new StmtNodes.ImportStar(im.module(), restricted, im.line());
        }
        String[] names = new String[im.names().size()];
        Target[] ts = new Target[names.length];
        for (int i = 0; i < names.length; i++) {
            Alias a = im.names().get(i);
            names[i] = a.name();
            ts[i] = store(a.asName() != null ? a.asName() : a.name(), ctx, im.line());
        }
        return new StmtNodes.ImportFrom(im.module(), names, ts, restricted, im.line());
    }

    private Nodes.Expr[] exprs(List<Expr> es, Ctx ctx) {
        Nodes.Expr[] out = new Nodes.Expr[es.size()];
        for (int i = 0; i < out.length; i++) out[i] = expr(es.get(i), ctx);
        return out;
    }

    // ------------------------------------------------------------------ functions and classes
    /** Compiles a def or lambda (body or bodyExpr) into a MakeFunction evaluated in ctx. */
    private Nodes.MakeFunction function(Object node, String name, List<Param> params, List<Stmt> body, Expr bodyExpr,
                                        Ctx ctx) {
        Scope fs = scopes.scopeOf.get(node);
        List<String> names = new ArrayList<>();
        List<Nodes.Expr> defaults = new ArrayList<>();
        List<Nodes.Expr> kwDefaults = new ArrayList<>();
        int npos = 0, nkw = 0;
        boolean varargs = false, varkw = false;
        for (Param p : params) {
            if (p.kind() == ParamKind.POSITIONAL) {
                names.add(p.name());
                npos++;
                if (p.defaultValue() != null) defaults.add(expr(p.defaultValue(), ctx));
            }
        }
        for (Param p : params) {
            if (p.kind() == ParamKind.VARARGS) {
                names.add(p.name());
                varargs = true;
            }
        }
        for (Param p : params) {
            if (p.kind() == ParamKind.KEYWORD_ONLY) {
                names.add(p.name());
                nkw++;
                kwDefaults.add(p.defaultValue() == null ? null : expr(p.defaultValue(), ctx));
            }
        }
        for (Param p : params) {
            if (p.kind() == ParamKind.VARKW) {
                names.add(p.name());
                varkw = true;
            }
        }
        for (String n : names) fs.slot(n);
        int line = node instanceof Ast.Node an ? an.line() : 0;
        Code code = new Code(name, filename, line, names.toArray(new String[0]), npos, nkw, varargs, varkw);
        Code.ClassHolder holder = ctx.scope.kind == Kind.CLASS ? ctx.classHolder : null;
        Ctx inner = new Ctx(fs, holder);
        inner.firstParam = npos > 0 ? names.get(0) : (varargs ? names.get(npos) : null);
        // pre-assign slots for all locals so cells are known
        for (String n : fs.params) fs.slot(n);
        for (String n : fs.assigned) if (fs.isLocal(n)) fs.slot(n);
        if (bodyExpr != null) {
            code.expr = expr(bodyExpr, inner);
            code.entryLine = line;
        } else if (body.size() == 1) {
            // a one-statement body runs without a Block: one Java frame less per call (stack depth in Wasm)
            code.body = stmt(body.get(0), inner);
            code.entryLine = body.get(0).line();
        } else {
            code.body = orPass(block(body, inner, line), line);
            code.entryLine = body.get(0).line();
        }
        finishCode(code, fs);
        return new Nodes.MakeFunction(code, defaults.toArray(new Nodes.Expr[0]), kwDefaults.toArray(new Nodes.Expr[0]),
                closureFrom(fs, ctx), line);
    }

    private void finishCode(Code code, Scope fs) {
        code.nlocals = fs.slots.size();
        List<Integer> cells = new ArrayList<>();
        for (String n : fs.cells) cells.add(fs.slot(n));
        code.nlocals = fs.slots.size();
        code.cellSlots = cells.stream().mapToInt(Integer::intValue).toArray();
        code.localNames = fs.slots.keySet().toArray(new String[0]);
    }

    /** Where each free variable of an inner scope comes from in the enclosing ctx. */
    private int[] closureFrom(Scope inner, Ctx ctx) {
        int[] from = new int[inner.frees.size()];
        Scope outer = ctx.scope;
        for (int i = 0; i < from.length; i++) {
            String n = inner.frees.get(i);
            if (outer.kind == Kind.FUNCTION && outer.isLocal(n)) from[i] = outer.slot(n);
            else from[i] = -1 - outer.freeIndex(n);
        }
        return from;
    }

    private Nodes.Stmt classDef(ClassDef cd, Ctx ctx) {
        Scope cs = scopes.scopeOf.get(cd);
        Code.ClassHolder holder = new Code.ClassHolder();
        Ctx inner = new Ctx(cs, holder);
        Code code = new Code(cd.name(), filename, cd.line(), new String[0], 0, 0, false, false);
        code.isClassBody = true;
        code.body = orPass(block(cd.body(), inner, cd.line()), cd.line());
        code.nlocals = 0;
        int[] closure = closureFrom(cs, ctx);
        Nodes.Expr[] bases = exprs(cd.bases(), ctx);
        Nodes.Expr make = new ClassMaker(cd.name(), code, bases, closure, holder, cd.line());
        return new StmtNodes.Define(make, exprs(cd.decorators(), ctx), store(cd.name(), ctx, cd.line()), cd.line());
    }

    /** Evaluates a class statement: runs the body in a fresh namespace, then builds the class. */
    static final class ClassMaker extends Nodes.Expr {
        final String name;
        final Code body;
        final Nodes.Expr[] bases;
        final int[] closureFrom;
        final Code.ClassHolder holder;

        ClassMaker(String name, Code body, Nodes.Expr[] bases, int[] closureFrom, Code.ClassHolder holder, int line) {
            super(line);
            this.name = name;
            this.body = body;
            this.bases = bases;
            this.closureFrom = closureFrom;
            this.holder = holder;
        }

        @Override
        public Object eval(Frame f) {
            PyClass[] bs = new PyClass[bases.length];
            for (int i = 0; i < bs.length; i++) {
                Object b = bases[i].eval(f);
                if (!(b instanceof PyClass c)) throw PyException.typeError("bases must be types");
                if (c.builtin && !Types.isException(c) && c != Types.OBJECT) {
                    throw PyException.notImplemented("subclassing the builtin type '" + c.name + "' is not supported in Basis");
                }
                bs[i] = c;
            }
            if (bs.length == 0) bs = new PyClass[] {Types.OBJECT};
            PyCell[] closure = new PyCell[closureFrom.length];
            for (int i = 0; i < closure.length; i++) {
                int s = closureFrom[i];
                closure[i] = s >= 0 ? (PyCell) f.locals[s] : f.closure[-1 - s];
            }
            java.util.LinkedHashMap<String, Object> ns = new java.util.LinkedHashMap<>();
            ns.put("__module__", "__main__");
            ns.put("__qualname__", name);
            Frame cf = new Frame(new Object[0], closure, f.globals, f.in, ns);
            body.body.exec(cf);
            PyClass cls = new PyClass(name, bs, false, null, null, null);
            cls.dict.putAll(ns);
            for (Object v : ns.values()) {
                if (v instanceof PyFunction fn) fn.qualname = name + "." + fn.code.name;
            }
            holder.cls = cls;
            return cls;
        }
    }

    // ------------------------------------------------------------------ expressions
    Nodes.Expr expr(Expr e, Ctx ctx) {
        if (e instanceof Name n) {
                return load(n.id(), ctx, n.line());
        } else if (e instanceof Constant c) {
                return new Nodes.Const(constant(c), c.line());
        } else if (e instanceof FString f) {
                return fstring(f, ctx);
        } else if (e instanceof BinOp b) {
                return new Nodes.BinOp(b.op(), expr(b.left(), ctx), expr(b.right(), ctx), b.line());
        } else if (e instanceof UnaryOp u) {
                if (u.op() == UnaryKind.NEG && u.operand() instanceof Constant c && (c.value() instanceof Long
                        || c.value() instanceof Double) && !c.imag()) {
                    return new Nodes.Const(Arith.neg(c.value()), u.line());
                }
                return new Nodes.Unary(u.op(), expr(u.operand(), ctx), u.line());
        } else if (e instanceof BoolOp b) {
                return new Nodes.BoolOp(b.isAnd(), exprs(b.values(), ctx), b.line());
        } else if (e instanceof Compare c) {
                return new Nodes.Compare(expr(c.left(), ctx), c.ops().toArray(new CmpKind[0]),
                    exprs(c.comparators(), ctx), c.line());
        } else if (e instanceof Call c) {
                return call(c, ctx);
        } else if (e instanceof Attribute a) {
                return restricted ? new Nodes.RestrictedAttr(expr(a.value(), ctx), a.attr(), a.line())
                    : new Nodes.Attr(expr(a.value(), ctx), a.attr(), a.line());
        } else if (e instanceof Subscript s) {
                return new Nodes.Subscript(expr(s.value(), ctx), expr(s.index(), ctx), s.line());
        } else if (e instanceof Slice s) {
                return new Nodes.SliceNode(s.lower() == null ? null : expr(s.lower(), ctx),
                    s.upper() == null ? null : expr(s.upper(), ctx), s.step() == null ? null : expr(s.step(), ctx), s.line());
        } else if (e instanceof TupleExpr t) {
                return new Nodes.TupleNode(unstar(t.elts(), ctx), starFlags(t.elts()), t.line());
        } else if (e instanceof ListExpr l) {
                return new Nodes.ListNode(unstar(l.elts(), ctx), starFlags(l.elts()), l.line());
        } else if (e instanceof DictExpr d) {
                Nodes.Expr[] ks = new Nodes.Expr[d.keys().size()];
                for (int i = 0; i < ks.length; i++) ks[i] = d.keys().get(i) == null ? null : expr(d.keys().get(i), ctx);
                return new Nodes.DictNode(ks, exprs(d.values(), ctx), d.line());
        } else if (e instanceof SetExpr s) {
                return new Nodes.SetNode(unstar(s.elts(), ctx), starFlags(s.elts()), s.line());
        } else if (e instanceof Lambda l) {
                return function(l, "<lambda>", l.params(), null, l.body(), ctx);
        } else if (e instanceof IfExp i) {
                return new Nodes.IfExp(expr(i.test(), ctx), expr(i.body(), ctx), expr(i.orelse(), ctx), i.line());
        } else if (e instanceof Comprehension c) {
                return comprehension(c, c.generators(), ctx);
        } else if (e instanceof DictComp d) {
                return comprehension(d, d.generators(), ctx);
        } else if (e instanceof Starred s) {
                throw new SyntaxErrorException("can't use starred expression here", s.line(), s.col());
        } else if (e instanceof NamedExpr n) {
                Ctx target = ctx;
                return new Nodes.NamedExpr(store(n.target().id(), target, n.line()), expr(n.value(), ctx), n.line());
        } else {
            throw new IllegalStateException("unhandled node " + e);
        }
    }

    private Nodes.Expr[] unstar(List<Expr> elts, Ctx ctx) {
        Nodes.Expr[] out = new Nodes.Expr[elts.size()];
        for (int i = 0; i < out.length; i++) {
            Expr e = elts.get(i);
            out[i] = expr(e instanceof Starred s ? s.value() : e, ctx);
        }
        return out;
    }

    private static Object constant(Constant c) {
        if (c.imag()) return new PyComplex(0, (Double) c.value());
        if (c.value() == null) return PyNone.NONE;
        return c.value();
    }

    private Nodes.Expr call(Call c, Ctx ctx) {
        if (c.func() instanceof Name n && n.id().equals("super") && c.args().isEmpty() && c.keywords().isEmpty()
                && ctx.classHolder != null && ctx.firstParam != null && !ctx.scope.isLocal("super")) {
            return new Nodes.SuperNode(ctx.classHolder, load(ctx.firstParam, ctx, c.line()), c.line());
        }
        Nodes.Expr[] args = new Nodes.Expr[c.args().size()];
        boolean[] starred = new boolean[args.length];
        for (int i = 0; i < args.length; i++) {
            Expr a = c.args().get(i);
            if (a instanceof Starred s) {
                starred[i] = true;
                a = s.value();
            }
            args[i] = expr(a, ctx);
        }
        String[] kwNames = new String[c.keywords().size()];
        Nodes.Expr[] kwValues = new Nodes.Expr[kwNames.length];
        for (int i = 0; i < kwNames.length; i++) {
            kwNames[i] = c.keywords().get(i).name();
            kwValues[i] = expr(c.keywords().get(i).value(), ctx);
        }
        boolean anyStarred = false;
        for (boolean b : starred) anyStarred |= b;
        if (!anyStarred && kwNames.length == 0) {
            if (c.func() instanceof Attribute a) {
                return new Nodes.MethodCall(expr(a.value(), ctx), a.attr(), args, restricted, c.line());
            }
            return new Nodes.SimpleCall(expr(c.func(), ctx), args, c.line());
        }
        return new Nodes.Call(expr(c.func(), ctx), args, starred, kwNames, kwValues, c.line());
    }

    private Nodes.Expr fstring(FString f, Ctx ctx) {
        Object[] parts = new Object[f.parts().size()];
        for (int i = 0; i < parts.length; i++) {
            Object p = f.parts().get(i);
            if (p instanceof String s) {
                parts[i] = s;
            } else {
                FormattedValue fv = (FormattedValue) p;
                Nodes.Expr spec = null;
                if (fv.spec() != null) {
                    boolean literal = fv.spec().parts().stream().allMatch(x -> x instanceof String);
                    spec = literal ? new Nodes.Const(String.join("", fv.spec().parts().stream().map(x -> (String) x)
                            .toArray(String[]::new)), f.line()) : fstring(fv.spec(), ctx);
                }
                parts[i] = new Nodes.FStringNode.Piece(expr(fv.value(), ctx), fv.conversion(), spec, fv.selfDoc());
            }
        }
        return new Nodes.FStringNode(parts, f.line());
    }

    private Nodes.Expr comprehension(Expr node, List<Generator> gens, Ctx ctx) {
        Scope cs = scopes.scopeOf.get(node);
        Ctx inner = new Ctx(cs, null);
        cs.slot(".0");
        for (String n : cs.assigned) if (cs.isLocal(n)) cs.slot(n);
        int resultSlot = cs.slot(".result");
        if (node instanceof Comprehension c && c.kind() == CompKind.GENERATOR) {
            int n = gens.size();
            Nodes.Target[] targets = new Nodes.Target[n];
            Nodes.Expr[] iters = new Nodes.Expr[n];
            Nodes.Expr[][] ifs = new Nodes.Expr[n][];
            for (int i = 0; i < n; i++) {
                Generator g = gens.get(i);
                targets[i] = target(g.target(), inner);
                iters[i] = i == 0 ? null : expr(g.iter(), inner);
                ifs[i] = exprs(g.ifs(), inner);
            }
            CompNodes.Gen gen = new CompNodes.Gen(targets, iters, ifs, expr(c.elt(), inner), node.line());
            Code code = new Code(cs.name, filename, node.line(), new String[] {".0"}, 1, 0, false, false);
            code.body = gen;
            gen.code = code;
            finishCode(code, cs);
            Nodes.MakeFunction make = new Nodes.MakeFunction(code, new Nodes.Expr[0], new Nodes.Expr[0],
                    closureFrom(cs, ctx), node.line());
            return new Nodes.ComprehensionCall(make, expr(gens.get(0).iter(), ctx), node.line());
        }
        // innermost action
        Nodes.Stmt action;
        if (node instanceof DictComp d) {
            action = new CompNodes.DictAdd(resultSlot, expr(d.key(), inner), expr(d.value(), inner), d.line());
        } else {
            Comprehension c = (Comprehension) node;
            action = new CompNodes.Add(resultSlot, expr(c.elt(), inner), c.line());
        }
        for (int i = gens.size() - 1; i >= 0; i--) {
            Generator g = gens.get(i);
            Nodes.Expr[] ifs = exprs(g.ifs(), inner);
            Nodes.Expr iter = i == 0 ? null : expr(g.iter(), inner);
            action = new CompNodes.Loop(target(g.target(), inner), iter, ifs, action, node.line());
        }
        int kind = node instanceof DictComp ? 2 : ((Comprehension) node).kind() == CompKind.SET ? 1 : 0;
        Nodes.Stmt body = new CompNodes.Run(resultSlot, kind, action, node.line());
        String name = cs.name;
        Code code = new Code(name, filename, node.line(), new String[] {".0"}, 1, 0, false, false);
        code.body = body;
        finishCode(code, cs);
        Nodes.MakeFunction make = new Nodes.MakeFunction(code, new Nodes.Expr[0], new Nodes.Expr[0], closureFrom(cs, ctx),
                node.line());
        return new Nodes.ComprehensionCall(make, expr(gens.get(0).iter(), ctx), node.line());
    }
}
