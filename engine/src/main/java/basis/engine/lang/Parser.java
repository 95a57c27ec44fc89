package basis.engine.lang;

import static basis.engine.lang.TokenType.*;

import basis.engine.lang.Ast.*;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser for the student language: one method per grammar rule, named after the
 * rule (Python's grammar, simplified). Errors are {@link SyntaxErrorException}s with CPython's
 * message where the common cases are concerned.
 */
public final class Parser {
    private final List<Token> tokens;
    private int current = 0;
    private int functionDepth = 0;
    private int loopDepth = 0;

    public Parser(List<Token> tokens) {
        this.tokens = tokens;
    }

    public static List<Stmt> parse(String source) {
        return new Parser(Lexer.tokenize(source)).file();
    }

    // ------------------------------------------------------------ helpers
    private Token peek() {
        return tokens.get(current);
    }

    private Token peekAt(int k) {
        int i = Math.min(current + k, tokens.size() - 1);
        return tokens.get(i);
    }

    private Token previous() {
        return tokens.get(current - 1);
    }

    private boolean check(TokenType t) {
        return peek().type() == t;
    }

    private boolean match(TokenType... types) {
        for (TokenType t : types) {
            if (check(t)) {
                advance();
                return true;
            }
        }
        return false;
    }

    private Token advance() {
        Token t = tokens.get(current);
        if (t.type() != EOF) current++;
        return t;
    }

    private Token consume(TokenType t, String message) {
        if (check(t)) return advance();
        throw errorAt(peek(), message);
    }

    private SyntaxErrorException errorAt(Token t, String message) {
        if (t.type() == INDENT) return new SyntaxErrorException("IndentationError", "unexpected indent", t.line(), t.column());
        return new SyntaxErrorException(message, t.line(), t.column());
    }

    private SyntaxErrorException invalid(Token t) {
        return errorAt(t, "invalid syntax");
    }

    // ------------------------------------------------------------ statements
    public List<Stmt> file() {
        List<Stmt> body = new ArrayList<>();
        while (!check(EOF)) {
            if (match(NEWLINE)) continue;
            statement(body);
        }
        return body;
    }

    private void statement(List<Stmt> out) {
        Token t = peek();
        switch (t.type()) {
            case DEF -> out.add(funcDef(List.of()));
            case CLASS -> out.add(classDef(List.of()));
            case IF -> out.add(ifStmt());
            case WHILE -> out.add(whileStmt());
            case FOR -> out.add(forStmt());
            case TRY -> out.add(tryStmt());
            case AT -> out.add(decorated());
            case WITH -> {
                advance();
                throw new SyntaxErrorException("NotImplementedError",
                        "the 'with' statement is not supported in Basis (line " + t.line() + ")", t.line(), t.column());
            }
            case INDENT -> throw new SyntaxErrorException("IndentationError", "unexpected indent", t.line(), t.column());
            case ASYNC -> {
                advance();
                throw new SyntaxErrorException("NotImplementedError",
                        "'async' is not supported in Basis (line " + t.line() + ")", t.line(), t.column());
            }
            case NAME -> {
                unsupportedSoftKeyword(t);
                simpleStmts(out);
            }
            default -> simpleStmts(out);
        }
    }

    /** `match x:` is outside the subset: say so rather than "invalid syntax". */
    private void unsupportedSoftKeyword(Token t) {
        String what = null;
        if (t.text().equals("match")) {
            TokenType next = peekAt(1).type();
            int k = 1;
            while (peekAt(k).type() != NEWLINE && peekAt(k).type() != EOF) k++;
            if (k > 2 && peekAt(k - 1).type() == COLON && next != EQUAL && next != DOT && next != COLON) what = "the 'match' statement";
        }
        if (what != null) {
            throw new SyntaxErrorException("NotImplementedError", what + " is not supported in Basis (line " + t.line() + ")",
                    t.line(), t.column());
        }
    }

    private void simpleStmts(List<Stmt> out) {
        while (true) {
            out.add(simpleStmt());
            if (match(SEMI)) {
                if (check(NEWLINE)) break;
                continue;
            }
            break;
        }
        if (!match(NEWLINE)) {
            Token t = peek();
            if (t.type() == EOF) return;
            throw invalid(t);
        }
    }

    private Stmt simpleStmt() {
        Token t = peek();
        switch (t.type()) {
            case PASS: advance(); return new Pass(t.line(), t.column());
            case BREAK:
                advance();
                if (loopDepth == 0) throw errorAt(t, "'break' outside loop");
                return new Break(t.line(), t.column());
            case CONTINUE:
                advance();
                if (loopDepth == 0) throw errorAt(t, "'continue' not properly in loop");
                return new Continue(t.line(), t.column());
            case RETURN: {
                advance();
                if (functionDepth == 0) throw errorAt(t, "'return' outside function");
                Expr v = null;
                if (!check(NEWLINE) && !check(SEMI) && !check(EOF)) v = starExpressions();
                return new Return(v, t.line(), t.column());
            }
            case IMPORT: return importName();
            case FROM: return importFrom();
            case RAISE: {
                advance();
                Expr exc = null, cause = null;
                if (!check(NEWLINE) && !check(SEMI) && !check(EOF)) {
                    exc = expression();
                    if (match(FROM)) cause = expression();
                }
                return new Raise(exc, cause, t.line(), t.column());
            }
            case GLOBAL: case NONLOCAL: {
                advance();
                List<String> names = new ArrayList<>();
                do {
                    names.add(consume(NAME, "invalid syntax").text());
                } while (match(COMMA));
                if (t.type() == NONLOCAL && functionDepth == 0) {
                    throw errorAt(t, "nonlocal declaration not allowed at module level");
                }
                return t.type() == GLOBAL ? new Global(names, t.line(), t.column()) : new Nonlocal(names, t.line(), t.column());
            }
            case ASSERT: {
                advance();
                Expr test = expression();
                Expr msg = match(COMMA) ? expression() : null;
                return new Assert(test, msg, t.line(), t.column());
            }
            case DEL: {
                advance();
                List<Expr> targets = new ArrayList<>();
                do {
                    if (check(NEWLINE)) break;
                    Expr e = bitwiseOr();
                    checkTarget(e, "delete");
                    targets.add(e);
                } while (match(COMMA));
                return new Del(targets, t.line(), t.column());
            }
            case YIELD:
                throw new SyntaxErrorException("NotImplementedError",
                        "generators ('yield') are not supported in Basis (line " + t.line() + ")", t.line(), t.column());
            default:
                return exprOrAssign();
        }
    }

    private Stmt importName() {
        Token t = advance();
        List<Alias> names = new ArrayList<>();
        do {
            String mod = dottedName();
            String as = null;
            if (match(AS)) as = consume(NAME, "invalid syntax").text();
            names.add(new Alias(mod, as));
        } while (match(COMMA));
        return new Import(names, t.line(), t.column());
    }

    private String dottedName() {
        StringBuilder sb = new StringBuilder(consume(NAME, "invalid syntax").text());
        while (match(DOT)) sb.append('.').append(consume(NAME, "invalid syntax").text());
        return sb.toString();
    }

    private Stmt importFrom() {
        Token t = advance();
        if (check(DOT)) throw new SyntaxErrorException("ImportError", "attempted relative import with no known parent package",
                t.line(), t.column());
        String mod = dottedName();
        consume(IMPORT, "invalid syntax");
        List<Alias> names = new ArrayList<>();
        if (match(STAR)) {
            names.add(new Alias("*", null));
            return new ImportFrom(mod, names, t.line(), t.column());
        }
        boolean paren = match(LPAR);
        do {
            if (paren && check(RPAR)) break;
            String n = consume(NAME, "invalid syntax").text();
            String as = null;
            if (match(AS)) as = consume(NAME, "invalid syntax").text();
            names.add(new Alias(n, as));
        } while (match(COMMA));
        if (paren) consume(RPAR, "invalid syntax");
        return new ImportFrom(mod, names, t.line(), t.column());
    }

    private Stmt exprOrAssign() {
        Token start = peek();
        Expr first = starExpressions();
        if (check(EQUAL)) {
            List<Expr> targets = new ArrayList<>();
            targets.add(first);
            Expr value = null;
            while (match(EQUAL)) {
                Token eq = previous();
                Expr e = starExpressions();
                value = e;
                if (check(EQUAL)) targets.add(e);
                if (check(EQUAL) || !check(EQUAL)) {
                    // validated below
                }
                if (eq == null) break;
            }
            for (Expr target : targets) checkTarget(target, "assign to");
            return new Assign(targets, value, start.line(), start.column());
        }
        if (peek().type().name().endsWith("EQUAL") && augOp(peek().type()) != null) {
            Token opTok = advance();
            if (!(first instanceof Name || first instanceof Attribute || first instanceof Subscript)) {
                throw new SyntaxErrorException("'" + describe(first) + "' is an illegal expression for augmented assignment",
                        start.line(), start.column());
            }
            Expr value = starExpressions();
            return new AugAssign(first, augOp(opTok.type()), value, start.line(), start.column());
        }
        if (match(COLON)) {
            Expr ann = expression();
            Expr value = null;
            if (match(EQUAL)) value = starExpressions();
            checkTarget(first, "assign to");
            return new AnnAssign(first, ann, value, start.line(), start.column());
        }
        if (first instanceof Name n && n.id().equals("print") && (check(STRING) || check(NAME) || check(INT))) {
            throw new SyntaxErrorException("Missing parentheses in call to 'print'. Did you mean print(...)?",
                    start.line(), start.column());
        }
        return new ExprStmt(first, start.line(), start.column());
    }

    private static BinOpKind augOp(TokenType t) {
        return switch (t) {
            case PLUSEQUAL -> BinOpKind.ADD;
            case MINEQUAL -> BinOpKind.SUB;
            case STAREQUAL -> BinOpKind.MUL;
            case SLASHEQUAL -> BinOpKind.DIV;
            case DSLASHEQUAL -> BinOpKind.FLOORDIV;
            case PERCENTEQUAL -> BinOpKind.MOD;
            case DSTAREQUAL -> BinOpKind.POW;
            case ATEQUAL -> BinOpKind.MATMUL;
            case AMPEREQUAL -> BinOpKind.BITAND;
            case VBAREQUAL -> BinOpKind.BITOR;
            case CIRCUMFLEXEQUAL -> BinOpKind.BITXOR;
            case LSHIFTEQUAL -> BinOpKind.LSHIFT;
            case RSHIFTEQUAL -> BinOpKind.RSHIFT;
            default -> null;
        };
    }

    private void checkTarget(Expr e, String verb) {
        if (e instanceof Name || e instanceof Attribute || e instanceof Subscript) return;
        if (e instanceof TupleExpr t) {
            for (Expr x : t.elts()) checkTarget(x, verb);
            return;
        }
        if (e instanceof ListExpr l) {
            for (Expr x : l.elts()) checkTarget(x, verb);
            return;
        }
        if (e instanceof Starred s && !verb.equals("delete")) {
            checkTarget(s.value(), verb);
            return;
        }
        String what = describe(e);
        String msg = "cannot " + verb + " " + what;
        if (verb.equals("assign to") && (e instanceof Constant || e instanceof Compare || e instanceof BinOp)) {
            msg += " here. Maybe you meant '==' instead of '='?";
        }
        throw new SyntaxErrorException(msg, e.line(), e.col());
    }

    private static String describe(Expr e) {
        if (e instanceof Constant c) {
            if (c.value() == null || c.value() instanceof Boolean) return String.valueOf(c.value() == null ? "None" : (((Boolean) c.value()) ? "True" : "False"));
            return "literal";
        }
        if (e instanceof Call) return "function call";
        if (e instanceof BinOp || e instanceof UnaryOp) return "expression";
        if (e instanceof Compare) return "comparison";
        if (e instanceof BoolOp) return "expression";
        if (e instanceof Lambda) return "lambda";
        if (e instanceof IfExp) return "conditional expression";
        if (e instanceof FString) return "f-string expression";
        if (e instanceof DictExpr) return "dict literal";
        if (e instanceof SetExpr) return "set display";
        if (e instanceof Comprehension c) {
            return switch (c.kind()) {
                case LIST -> "list comprehension";
                case SET -> "set comprehension";
                case GENERATOR -> "generator expression";
            };
        }
        if (e instanceof DictComp) return "dict comprehension";
        if (e instanceof TupleExpr) return "tuple";
        return "expression";
    }

    private List<Stmt> block(String what, Token header) {
        consume(COLON, "expected ':'");
        List<Stmt> body = new ArrayList<>();
        if (match(NEWLINE)) {
            if (!check(INDENT)) {
                Token t = peek();
                throw new SyntaxErrorException("IndentationError", "expected an indented block after " + what + " on line "
                        + header.line(), t.line(), t.column());
            }
            advance();
            while (!check(DEDENT) && !check(EOF)) {
                if (match(NEWLINE)) continue;
                statement(body);
            }
            match(DEDENT);
        } else {
            simpleStmts(body);
        }
        return body;
    }

    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (match(AT)) {
            decorators.add(namedExpression());
            consume(NEWLINE, "invalid syntax");
        }
        if (check(DEF)) return funcDef(decorators);
        if (check(CLASS)) return classDef(decorators);
        throw invalid(peek());
    }

    private Stmt funcDef(List<Expr> decorators) {
        Token def = advance();
        String name = consume(NAME, "invalid syntax").text();
        consume(LPAR, "expected '('");
        List<Param> params = parameters(RPAR);
        consume(RPAR, "expected ')'");
        if (match(ARROW)) expression();
        functionDepth++;
        int savedLoop = loopDepth;
        loopDepth = 0;
        List<Stmt> body;
        try {
            body = block("function definition", def);
        } finally {
            functionDepth--;
            loopDepth = savedLoop;
        }
        String doc = null;
        if (!body.isEmpty() && body.get(0) instanceof ExprStmt es && es.value() instanceof Constant c
                && c.value() instanceof String s) doc = s;
        return new FunctionDef(name, params, body, decorators, doc, def.line(), def.column());
    }

    private List<Param> parameters(TokenType closer) {
        List<Param> params = new ArrayList<>();
        boolean kwOnly = false;
        boolean sawDefault = false;
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (!check(closer)) {
            Token t = peek();
            Param p;
            if (match(DSTAR)) {
                Token n = consume(NAME, "invalid syntax");
                p = new Param(n.text(), null, ParamKind.VARKW, n.line(), n.column());
            } else if (match(STAR)) {
                if (check(COMMA)) {
                    kwOnly = true;
                    match(COMMA);
                    continue;
                }
                Token n = consume(NAME, "invalid syntax");
                p = new Param(n.text(), null, ParamKind.VARARGS, n.line(), n.column());
                kwOnly = true;
            } else if (match(SLASH)) {
                if (!check(closer)) consume(COMMA, "invalid syntax");
                continue;
            } else {
                Token n = consume(NAME, "invalid syntax");
                if (closer == RPAR && match(COLON)) expression(); // annotation, ignored
                Expr dflt = null;
                if (match(EQUAL)) {
                    dflt = expression();
                    sawDefault = true;
                } else if (sawDefault && !kwOnly) {
                    throw new SyntaxErrorException("non-default argument follows default argument", n.line(), n.column());
                }
                p = new Param(n.text(), dflt, kwOnly ? ParamKind.KEYWORD_ONLY : ParamKind.POSITIONAL, n.line(), n.column());
            }
            if (!seen.add(p.name())) {
                throw new SyntaxErrorException("duplicate argument '" + p.name() + "' in function definition", t.line(), t.column());
            }
            params.add(p);
            if (p.kind() == ParamKind.VARKW) {
                match(COMMA);
                break;
            }
            if (!match(COMMA)) break;
        }
        return params;
    }

    private Stmt classDef(List<Expr> decorators) {
        Token cls = advance();
        String name = consume(NAME, "invalid syntax").text();
        List<Expr> bases = new ArrayList<>();
        if (match(LPAR)) {
            while (!check(RPAR)) {
                bases.add(expression());
                if (!match(COMMA)) break;
            }
            consume(RPAR, "expected ')'");
        }
        int savedFn = functionDepth, savedLoop = loopDepth;
        functionDepth = 0;
        loopDepth = 0;
        List<Stmt> body;
        try {
            body = block("class definition", cls);
        } finally {
            functionDepth = savedFn;
            loopDepth = savedLoop;
        }
        return new ClassDef(name, bases, body, decorators, cls.line(), cls.column());
    }

    private Stmt ifStmt() {
        Token t = advance();
        Expr test = namedExpression();
        List<Stmt> body = block("'" + t.text() + "' statement", t);
        List<Stmt> orelse = new ArrayList<>();
        if (check(ELIF)) {
            orelse.add(ifStmt());
        } else if (check(ELSE)) {
            Token e = advance();
            orelse = block("'else' statement", e);
        }
        return new If(test, body, orelse, t.line(), t.column());
    }

    private Stmt whileStmt() {
        Token t = advance();
        Expr test = namedExpression();
        loopDepth++;
        List<Stmt> body;
        try {
            body = block("'while' statement", t);
        } finally {
            loopDepth--;
        }
        List<Stmt> orelse = List.of();
        if (check(ELSE)) {
            Token e = advance();
            orelse = block("'else' statement", e);
        }
        return new While(test, body, orelse, t.line(), t.column());
    }

    private Stmt forStmt() {
        Token t = advance();
        Expr target = targetList();
        consume(IN, "invalid syntax");
        Expr iter = starExpressions();
        loopDepth++;
        List<Stmt> body;
        try {
            body = block("'for' statement", t);
        } finally {
            loopDepth--;
        }
        List<Stmt> orelse = List.of();
        if (check(ELSE)) {
            Token e = advance();
            orelse = block("'else' statement", e);
        }
        return new For(target, iter, body, orelse, t.line(), t.column());
    }

    /** for-loop and comprehension targets: a, (b, c), *d — stops before 'in'. */
    private Expr targetList() {
        Token start = peek();
        List<Expr> elts = new ArrayList<>();
        boolean trailingComma = false;
        while (true) {
            Expr e;
            if (match(STAR)) {
                Token s = previous();
                e = new Starred(bitwiseOr(), s.line(), s.column());
            } else {
                e = bitwiseOr();
            }
            checkTarget(e, "assign to");
            elts.add(e);
            if (match(COMMA)) {
                trailingComma = true;
                if (check(IN)) break;
                continue;
            }
            trailingComma = false;
            break;
        }
        if (elts.size() == 1 && !trailingComma) return elts.get(0);
        return new TupleExpr(elts, start.line(), start.column());
    }

    private Stmt tryStmt() {
        Token t = advance();
        List<Stmt> body = block("'try' statement", t);
        List<Handler> handlers = new ArrayList<>();
        while (check(EXCEPT)) {
            Token ex = advance();
            Expr type = null;
            String name = null;
            if (!check(COLON)) {
                type = expression();
                if (match(COMMA)) {
                    List<Expr> elts = new ArrayList<>();
                    elts.add(type);
                    do {
                        elts.add(expression());
                    } while (match(COMMA));
                    throw new SyntaxErrorException("multiple exception types must be parenthesized", ex.line(), ex.column());
                }
                if (match(AS)) name = consume(NAME, "invalid syntax").text();
            }
            handlers.add(new Handler(type, name, block("'except' statement", ex), ex.line(), ex.column()));
        }
        List<Stmt> orelse = List.of();
        if (check(ELSE)) {
            Token e = advance();
            if (handlers.isEmpty()) throw invalid(e);
            orelse = block("'else' statement", e);
        }
        List<Stmt> fin = List.of();
        if (check(FINALLY)) {
            Token f = advance();
            fin = block("'finally' statement", f);
        }
        if (handlers.isEmpty() && fin.isEmpty()) {
            throw errorAt(peek(), "expected 'except' or 'finally' block");
        }
        return new Try(body, handlers, orelse, fin, t.line(), t.column());
    }

    // ------------------------------------------------------------ expressions
    /** star_expressions: an expression, or a tuple of them (with optional starred items). */
    Expr starExpressions() {
        Token start = peek();
        Expr first = starExpression();
        if (!check(COMMA)) return first;
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (match(COMMA)) {
            if (endsExpressionList()) break;
            elts.add(starExpression());
        }
        return new TupleExpr(elts, start.line(), start.column());
    }

    private boolean endsExpressionList() {
        TokenType t = peek().type();
        return t == NEWLINE || t == EQUAL || t == RPAR || t == RSQB || t == RBRACE || t == SEMI || t == EOF || t == COLON
                || t == IN || augOp(t) != null;
    }

    private Expr starExpression() {
        if (match(STAR)) {
            Token s = previous();
            return new Starred(bitwiseOr(), s.line(), s.column());
        }
        return namedExpression();
    }

    Expr namedExpression() {
        if (check(NAME) && peekAt(1).type() == WALRUS) {
            Token n = advance();
            advance();
            Expr v = expression();
            return new NamedExpr(new Name(n.text(), n.line(), n.column()), v, n.line(), n.column());
        }
        return expression();
    }

    /** expression: disjunction ['if' disjunction 'else' expression] | lambda */
    Expr expression() {
        if (check(LAMBDA)) return lambda();
        Token start = peek();
        Expr body = disjunction();
        if (match(IF)) {
            Expr test = disjunction();
            if (!match(ELSE)) throw errorAt(peek(), "expected 'else' after 'if' expression");
            Expr orelse = expression();
            return new IfExp(test, body, orelse, start.line(), start.column());
        }
        return body;
    }

    private Expr lambda() {
        Token t = advance();
        List<Param> params = parameters(COLON);
        consume(COLON, "expected ':'");
        functionDepth++;
        Expr body;
        try {
            body = expression();
        } finally {
            functionDepth--;
        }
        return new Lambda(params, body, t.line(), t.column());
    }

    private Expr disjunction() {
        Token start = peek();
        Expr first = conjunction();
        if (!check(OR)) return first;
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (match(OR)) values.add(conjunction());
        return new BoolOp(false, values, start.line(), start.column());
    }

    private Expr conjunction() {
        Token start = peek();
        Expr first = inversion();
        if (!check(AND)) return first;
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (match(AND)) values.add(inversion());
        return new BoolOp(true, values, start.line(), start.column());
    }

    private Expr inversion() {
        if (match(NOT)) {
            Token t = previous();
            return new UnaryOp(UnaryKind.NOT, inversion(), t.line(), t.column());
        }
        return comparison();
    }

    private Expr comparison() {
        Token start = peek();
        Expr left = bitwiseOr();
        List<CmpKind> ops = new ArrayList<>();
        List<Expr> rights = new ArrayList<>();
        while (true) {
            CmpKind op;
            if (match(EQEQUAL)) op = CmpKind.EQ;
            else if (match(NOTEQUAL)) op = CmpKind.NE;
            else if (match(LESS)) op = CmpKind.LT;
            else if (match(LESSEQUAL)) op = CmpKind.LE;
            else if (match(GREATER)) op = CmpKind.GT;
            else if (match(GREATEREQUAL)) op = CmpKind.GE;
            else if (match(IN)) op = CmpKind.IN;
            else if (check(NOT) && peekAt(1).type() == IN) {
                advance();
                advance();
                op = CmpKind.NOT_IN;
            } else if (match(IS)) op = match(NOT) ? CmpKind.IS_NOT : CmpKind.IS;
            else break;
            ops.add(op);
            rights.add(bitwiseOr());
        }
        if (ops.isEmpty()) return left;
        return new Compare(left, ops, rights, start.line(), start.column());
    }

    private Expr bitwiseOr() {
        Expr e = bitwiseXor();
        while (match(VBAR)) {
            Token t = previous();
            e = new BinOp(BinOpKind.BITOR, e, bitwiseXor(), t.line(), t.column());
        }
        return e;
    }

    private Expr bitwiseXor() {
        Expr e = bitwiseAnd();
        while (match(CIRCUMFLEX)) {
            Token t = previous();
            e = new BinOp(BinOpKind.BITXOR, e, bitwiseAnd(), t.line(), t.column());
        }
        return e;
    }

    private Expr bitwiseAnd() {
        Expr e = shiftExpr();
        while (match(AMPER)) {
            Token t = previous();
            e = new BinOp(BinOpKind.BITAND, e, shiftExpr(), t.line(), t.column());
        }
        return e;
    }

    private Expr shiftExpr() {
        Expr e = sum();
        while (check(LSHIFT) || check(RSHIFT)) {
            Token t = advance();
            e = new BinOp(t.type() == LSHIFT ? BinOpKind.LSHIFT : BinOpKind.RSHIFT, e, sum(), t.line(), t.column());
        }
        return e;
    }

    private Expr sum() {
        Expr e = term();
        while (check(PLUS) || check(MINUS)) {
            Token t = advance();
            e = new BinOp(t.type() == PLUS ? BinOpKind.ADD : BinOpKind.SUB, e, term(), t.line(), t.column());
        }
        return e;
    }

    private Expr term() {
        Expr e = factor();
        while (true) {
            BinOpKind op;
            if (check(STAR)) op = BinOpKind.MUL;
            else if (check(SLASH)) op = BinOpKind.DIV;
            else if (check(DSLASH)) op = BinOpKind.FLOORDIV;
            else if (check(PERCENT)) op = BinOpKind.MOD;
            else if (check(AT)) op = BinOpKind.MATMUL;
            else break;
            Token t = advance();
            e = new BinOp(op, e, factor(), t.line(), t.column());
        }
        return e;
    }

    private Expr factor() {
        if (check(PLUS) || check(MINUS) || check(TILDE)) {
            Token t = advance();
            UnaryKind k = t.type() == PLUS ? UnaryKind.POS : t.type() == MINUS ? UnaryKind.NEG : UnaryKind.INVERT;
            Expr operand = factor();
            return new UnaryOp(k, operand, t.line(), t.column());
        }
        return power();
    }

    private Expr power() {
        Expr base = primary();
        if (match(DSTAR)) {
            Token t = previous();
            return new BinOp(BinOpKind.POW, base, factor(), t.line(), t.column());
        }
        return base;
    }

    private Expr primary() {
        Expr e = atom();
        while (true) {
            if (match(DOT)) {
                Token n = consume(NAME, "invalid syntax");
                e = new Attribute(e, n.text(), n.line(), n.column());
            } else if (check(LPAR)) {
                Token t = advance();
                e = callArgs(e, t);
            } else if (check(LSQB)) {
                Token t = advance();
                Expr index = subscriptIndex();
                consume(RSQB, "expected ']'");
                e = new Subscript(e, index, t.line(), t.column());
            } else {
                return e;
            }
        }
    }

    private Expr callArgs(Expr func, Token open) {
        List<Expr> args = new ArrayList<>();
        List<Keyword> kws = new ArrayList<>();
        while (!check(RPAR)) {
            if (match(DSTAR)) {
                kws.add(new Keyword(null, expression()));
            } else if (match(STAR)) {
                Token s = previous();
                args.add(new Starred(expression(), s.line(), s.column()));
            } else if (check(NAME) && peekAt(1).type() == EQUAL) {
                Token n = advance();
                advance();
                for (Keyword k : kws) {
                    if (n.text().equals(k.name())) {
                        throw new SyntaxErrorException("keyword argument repeated: " + n.text(), n.line(), n.column());
                    }
                }
                kws.add(new Keyword(n.text(), expression()));
            } else {
                Token at = peek();
                Expr a = namedExpression();
                if (check(FOR)) {
                    a = comprehensionTail(Ast.CompKind.GENERATOR, a, at);
                }
                if (!kws.isEmpty() && !(a instanceof Starred)) {
                    boolean hasDoubleStar = false;
                    for (Keyword k : kws) if (k.name() == null) hasDoubleStar = true;
                    throw new SyntaxErrorException(hasDoubleStar
                            ? "positional argument follows keyword argument unpacking"
                            : "positional argument follows keyword argument", at.line(), at.column());
                }
                if (check(EQUAL)) throw new SyntaxErrorException(
                        "expression cannot contain assignment, perhaps you meant \"==\"?", at.line(), at.column());
                args.add(a);
            }
            if (!match(COMMA)) break;
        }
        if (!check(RPAR)) {
            Token t = peek();
            if (t.type() == NAME || t.type() == INT || t.type() == FLOAT || t.type() == STRING) {
                throw new SyntaxErrorException("invalid syntax. Perhaps you forgot a comma?", open.line(), open.column() + 1);
            }
            throw invalid(t);
        }
        advance();
        return new Call(func, args, kws, func.line(), func.col());
    }

    private Expr subscriptIndex() {
        Token start = peek();
        List<Expr> items = new ArrayList<>();
        boolean tuple = false;
        while (true) {
            items.add(sliceItem());
            if (match(COMMA)) {
                tuple = true;
                if (check(RSQB)) break;
                continue;
            }
            break;
        }
        if (!tuple) return items.get(0);
        return new TupleExpr(items, start.line(), start.column());
    }

    private Expr sliceItem() {
        Token start = peek();
        Expr lower = null;
        if (!check(COLON)) {
            if (match(STAR)) {
                Token s = previous();
                return new Starred(bitwiseOr(), s.line(), s.column());
            }
            lower = namedExpression();
            if (!check(COLON)) return lower;
        }
        consume(COLON, "invalid syntax");
        Expr upper = null, step = null;
        if (!check(COLON) && !check(COMMA) && !check(RSQB)) upper = expression();
        if (match(COLON)) {
            if (!check(COMMA) && !check(RSQB)) step = expression();
        }
        return new Slice(lower, upper, step, start.line(), start.column());
    }

    private Expr atom() {
        Token t = peek();
        switch (t.type()) {
            case NAME: advance(); return new Name(t.text(), t.line(), t.column());
            case TRUE: advance(); return new Constant(Boolean.TRUE, false, t.line(), t.column());
            case FALSE: advance(); return new Constant(Boolean.FALSE, false, t.line(), t.column());
            case NONE: advance(); return new Constant(null, false, t.line(), t.column());
            case ELLIPSIS: advance(); return new Constant(Ast.ELLIPSIS, false, t.line(), t.column());
            case INT: {
                advance();
                BigInteger v = (BigInteger) t.value();
                Object val = v.bitLength() < 64 ? (Object) v.longValue() : v;
                return new Constant(val, false, t.line(), t.column());
            }
            case FLOAT: advance(); return new Constant(t.value(), false, t.line(), t.column());
            case IMAG: advance(); return new Constant(t.value(), true, t.line(), t.column());
            case STRING: case FSTRING: return strings();
            case LPAR: return parenthesized();
            case LSQB: return listDisplay();
            case LBRACE: return dictOrSetDisplay();
            case NEWLINE: case EOF: throw invalid(t);
            default:
                throw invalid(t);
        }
    }

    private Expr strings() {
        Token first = peek();
        List<Object> parts = new ArrayList<>();
        boolean anyF = false;
        while (check(STRING) || check(FSTRING)) {
            Token s = advance();
            if (s.type() == STRING) {
                parts.add(s.value());
            } else {
                anyF = true;
                boolean raw = s.text().startsWith("r") || s.text().startsWith("R")
                        || (s.text().length() > 1 && (s.text().charAt(1) == 'r' || s.text().charAt(1) == 'R'));
                parts.addAll(new FStringParser((String) s.value(), raw, s.line(), s.column()).parse().parts());
            }
        }
        if (!anyF) {
            StringBuilder sb = new StringBuilder();
            for (Object p : parts) sb.append((String) p);
            return new Constant(sb.toString(), false, first.line(), first.column());
        }
        // merge adjacent literal pieces
        List<Object> merged = new ArrayList<>();
        for (Object p : parts) {
            if (p instanceof String s && !merged.isEmpty() && merged.get(merged.size() - 1) instanceof String prev) {
                merged.set(merged.size() - 1, prev + s);
            } else {
                merged.add(p);
            }
        }
        return new FString(merged, first.line(), first.column());
    }

    private Expr parenthesized() {
        Token open = advance();
        if (match(RPAR)) return new TupleExpr(List.of(), open.line(), open.column());
        Token at = peek();
        Expr first = starExpression();
        if (check(FOR)) {
            Expr g = comprehensionTail(Ast.CompKind.GENERATOR, first, at);
            consume(RPAR, "expected ')'");
            return g;
        }
        if (check(WALRUS)) throw invalid(peek());
        if (!check(COMMA)) {
            consume(RPAR, "expected ')'");
            if (first instanceof Starred) throw new SyntaxErrorException("cannot use starred expression here", first.line(), first.col());
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (match(COMMA)) {
            if (check(RPAR)) break;
            elts.add(starExpression());
        }
        consume(RPAR, "expected ')'");
        return new TupleExpr(elts, open.line(), open.column());
    }

    private Expr listDisplay() {
        Token open = advance();
        List<Expr> elts = new ArrayList<>();
        if (match(RSQB)) return new ListExpr(elts, open.line(), open.column());
        Token at = peek();
        Expr first = starExpression();
        if (check(FOR)) {
            Expr c = comprehensionTail(Ast.CompKind.LIST, first, at);
            consume(RSQB, "expected ']'");
            return new Comprehension(Ast.CompKind.LIST, ((Comprehension) c).elt(), ((Comprehension) c).generators(),
                    open.line(), open.column());
        }
        elts.add(first);
        while (match(COMMA)) {
            if (check(RSQB)) break;
            elts.add(starExpression());
        }
        if (!check(RSQB)) {
            Token t = peek();
            if (t.type() == NAME || t.type() == INT || t.type() == FLOAT || t.type() == STRING || t.type() == LSQB) {
                throw new SyntaxErrorException("invalid syntax. Perhaps you forgot a comma?", open.line(), open.column());
            }
        }
        consume(RSQB, "expected ']'");
        return new ListExpr(elts, open.line(), open.column());
    }

    private Expr dictOrSetDisplay() {
        Token open = advance();
        if (match(RBRACE)) return new DictExpr(List.of(), List.of(), open.line(), open.column());
        if (match(DSTAR)) {
            List<Expr> keys = new ArrayList<>(), values = new ArrayList<>();
            keys.add(null);
            values.add(bitwiseOr());
            return dictRest(open, keys, values);
        }
        Token at = peek();
        Expr first = starExpression();
        if (match(COLON)) {
            Expr v = expression();
            if (check(FOR)) {
                List<Generator> gens = generators();
                consume(RBRACE, "expected '}'");
                return new DictComp(first, v, gens, open.line(), open.column());
            }
            List<Expr> keys = new ArrayList<>(), values = new ArrayList<>();
            keys.add(first);
            values.add(v);
            return dictRest(open, keys, values);
        }
        if (check(FOR)) {
            Comprehension c = (Comprehension) comprehensionTail(Ast.CompKind.SET, first, at);
            consume(RBRACE, "expected '}'");
            return new Comprehension(Ast.CompKind.SET, c.elt(), c.generators(), open.line(), open.column());
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (match(COMMA)) {
            if (check(RBRACE)) break;
            elts.add(starExpression());
        }
        consume(RBRACE, "expected '}'");
        return new SetExpr(elts, open.line(), open.column());
    }

    private Expr dictRest(Token open, List<Expr> keys, List<Expr> values) {
        while (match(COMMA)) {
            if (check(RBRACE)) break;
            if (match(DSTAR)) {
                keys.add(null);
                values.add(bitwiseOr());
                continue;
            }
            keys.add(expression());
            consume(COLON, "':' expected after dictionary key");
            values.add(expression());
        }
        consume(RBRACE, "expected '}'");
        return new DictExpr(keys, values, open.line(), open.column());
    }

    private Expr comprehensionTail(Ast.CompKind kind, Expr elt, Token at) {
        if (elt instanceof Starred) {
            throw new SyntaxErrorException("iterable unpacking cannot be used in comprehension", elt.line(), elt.col());
        }
        List<Generator> gens = generators();
        return new Comprehension(kind, elt, gens, at.line(), at.column());
    }

    private List<Generator> generators() {
        List<Generator> gens = new ArrayList<>();
        while (match(FOR)) {
            Expr target = targetList();
            consume(IN, "invalid syntax");
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (match(IF)) ifs.add(disjunction());
            gens.add(new Generator(target, iter, ifs));
        }
        return gens;
    }

    // ------------------------------------------------------------ f-strings
    /** Splits an f-string body into literal text and {expression!conv:spec} pieces. */
    private static final class FStringParser {
        private final String s;
        private final boolean raw;
        private final int line, col;
        private int pos;

        FStringParser(String s, boolean raw, int line, int col) {
            this.s = s;
            this.raw = raw;
            this.line = line;
            this.col = col;
        }

        FString parse() {
            List<Object> parts = new ArrayList<>();
            StringBuilder lit = new StringBuilder();
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == '{') {
                    if (pos + 1 < s.length() && s.charAt(pos + 1) == '{') {
                        lit.append('{');
                        pos += 2;
                        continue;
                    }
                    if (lit.length() > 0) {
                        parts.add(decode(lit.toString()));
                        lit.setLength(0);
                    }
                    pos++;
                    parts.add(field());
                } else if (c == '}') {
                    if (pos + 1 < s.length() && s.charAt(pos + 1) == '}') {
                        lit.append('}');
                        pos += 2;
                        continue;
                    }
                    throw new SyntaxErrorException("f-string: single '}' is not allowed", line, col);
                } else {
                    lit.append(c);
                    pos++;
                }
            }
            if (lit.length() > 0) parts.add(decode(lit.toString()));
            return new FString(parts, line, col);
        }

        private String decode(String text) {
            if (raw || text.indexOf('\\') < 0) return text;
            StringBuilder out = new StringBuilder();
            Lexer helper = new Lexer(text);
            // decode by re-lexing as a normal string literal
            String quoted = "'''" + text.replace("'''", "\\'\\'\\'") + "'''";
            List<Token> toks = Lexer.tokenize(quoted);
            out.append((String) toks.get(0).value());
            return out.toString();
        }

        private Ast.FormattedValue field() {
            int start = pos;
            int depth = 0;
            char quote = 0;
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (quote != 0) {
                    if (c == quote) quote = 0;
                } else if (c == '\'' || c == '"') {
                    quote = c;
                } else if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if (c == ')' || c == ']' || c == '}') {
                    if (depth == 0) break;
                    depth--;
                } else if (depth == 0 && (c == '!' || c == ':') && !(c == '!' && pos + 1 < s.length() && s.charAt(pos + 1) == '=')) {
                    break;
                }
                pos++;
            }
            String exprText = s.substring(start, pos);
            String selfDoc = null;
            String trimmed = exprText.stripTrailing();
            if (trimmed.endsWith("=") && !trimmed.endsWith("==") && !trimmed.endsWith("!=") && !trimmed.endsWith("<=")
                    && !trimmed.endsWith(">=")) {
                selfDoc = exprText;
                exprText = trimmed.substring(0, trimmed.length() - 1);
            }
            if (exprText.isBlank()) throw new SyntaxErrorException("f-string: valid expression required before '}'", line, col);
            Expr value;
            try {
                List<Token> toks = Lexer.tokenize("(" + exprText + ")");
                Parser p = new Parser(relocate(toks));
                value = p.starExpressions();
            } catch (SyntaxErrorException e) {
                throw new SyntaxErrorException("f-string: " + e.getMessage(), line, col);
            }
            char conv = 0;
            if (pos < s.length() && s.charAt(pos) == '!') {
                pos++;
                if (pos >= s.length()) throw new SyntaxErrorException("f-string: expecting '}'", line, col);
                conv = s.charAt(pos++);
                if (conv != 'r' && conv != 's' && conv != 'a') {
                    throw new SyntaxErrorException("f-string: invalid conversion character '" + conv
                            + "': expected 's', 'r', or 'a'", line, col);
                }
            }
            FString spec = null;
            if (pos < s.length() && s.charAt(pos) == ':') {
                pos++;
                int specStart = pos;
                int d = 0;
                while (pos < s.length()) {
                    char c = s.charAt(pos);
                    if (c == '{') d++;
                    else if (c == '}') {
                        if (d == 0) break;
                        d--;
                    }
                    pos++;
                }
                spec = new FStringParser(s.substring(specStart, pos), raw, line, col).parse();
            }
            if (pos >= s.length() || s.charAt(pos) != '}') throw new SyntaxErrorException("f-string: expecting '}'", line, col);
            pos++;
            if (selfDoc != null && conv == 0 && spec == null) conv = 'r';
            return new Ast.FormattedValue(value, conv, spec, selfDoc);
        }

        /** Gives the tokens of an embedded expression the f-string's own line. */
        private List<Token> relocate(List<Token> toks) {
            List<Token> out = new ArrayList<>(toks.size());
            for (Token t : toks) out.add(new Token(t.type(), t.text(), t.value(), line + t.line() - 1, col));
            return out;
        }
    }
}
