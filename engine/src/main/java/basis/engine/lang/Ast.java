package basis.engine.lang;

import java.util.List;

/** The typed syntax tree the parser produces. Every node knows its line and column (1-based). */
public final class Ast {
    private Ast() {}

    public enum BinOpKind {
        ADD("+"), SUB("-"), MUL("*"), DIV("/"), FLOORDIV("//"), MOD("%"), POW("**"), MATMUL("@"),
        LSHIFT("<<"), RSHIFT(">>"), BITOR("|"), BITAND("&"), BITXOR("^");
        public final String symbol;

        BinOpKind(String s) {
            symbol = s;
        }
    }

    public enum UnaryKind { NEG, POS, NOT, INVERT }

    public enum CmpKind {
        EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="), IN("in"), NOT_IN("not in"), IS("is"), IS_NOT("is not");
        public final String symbol;

        CmpKind(String s) {
            symbol = s;
        }
    }

    public sealed interface Node permits Expr, Stmt {
        int line();

        int col();
    }

    // ---------------------------------------------------------------- expressions
    public sealed interface Expr extends Node permits Name, Constant, FString, BinOp, UnaryOp, BoolOp, Compare, Call,
            Attribute, Subscript, Slice, TupleExpr, ListExpr, DictExpr, SetExpr, Lambda, IfExp, Comprehension,
            DictComp, Starred, NamedExpr {}

    public record Name(String id, int line, int col) implements Expr {}

    /** value: Long, BigInteger, Double, String, Boolean, null for None, or Ast.ELLIPSIS; imag for 1j literals. */
    public record Constant(Object value, boolean imag, int line, int col) implements Expr {}

    /** parts: String literal pieces and FormattedValue pieces, in order. */
    public record FString(List<Object> parts, int line, int col) implements Expr {}

    /** One {expr!conv:spec} of an f-string; spec is itself an f-string (may be null). */
    public record FormattedValue(Expr value, char conversion, FString spec, String selfDoc) {}

    public record BinOp(BinOpKind op, Expr left, Expr right, int line, int col) implements Expr {}

    public record UnaryOp(UnaryKind op, Expr operand, int line, int col) implements Expr {}

    public record BoolOp(boolean isAnd, List<Expr> values, int line, int col) implements Expr {}

    public record Compare(Expr left, List<CmpKind> ops, List<Expr> comparators, int line, int col) implements Expr {}

    /** keywords: name null means **value. args may hold Starred. */
    public record Call(Expr func, List<Expr> args, List<Keyword> keywords, int line, int col) implements Expr {}

    public record Keyword(String name, Expr value) {}

    public record Attribute(Expr value, String attr, int line, int col) implements Expr {}

    public record Subscript(Expr value, Expr index, int line, int col) implements Expr {}

    public record Slice(Expr lower, Expr upper, Expr step, int line, int col) implements Expr {}

    public record TupleExpr(List<Expr> elts, int line, int col) implements Expr {}

    public record ListExpr(List<Expr> elts, int line, int col) implements Expr {}

    /** keys[i] == null means **values[i]. */
    public record DictExpr(List<Expr> keys, List<Expr> values, int line, int col) implements Expr {}

    public record SetExpr(List<Expr> elts, int line, int col) implements Expr {}

    public record Lambda(List<Param> params, Expr body, int line, int col) implements Expr {}

    public record IfExp(Expr test, Expr body, Expr orelse, int line, int col) implements Expr {}

    public enum CompKind { LIST, SET, GENERATOR }

    public record Comprehension(CompKind kind, Expr elt, List<Generator> generators, int line, int col) implements Expr {}

    public record DictComp(Expr key, Expr value, List<Generator> generators, int line, int col) implements Expr {}

    public record Generator(Expr target, Expr iter, List<Expr> ifs) {}

    public record Starred(Expr value, int line, int col) implements Expr {}

    public record NamedExpr(Name target, Expr value, int line, int col) implements Expr {}

    // ---------------------------------------------------------------- statements
    public sealed interface Stmt extends Node permits ExprStmt, Assign, AugAssign, AnnAssign, If, While, For, Break,
            Continue, Pass, Return, FunctionDef, ClassDef, Import, ImportFrom, Global, Nonlocal, Raise, Try, Assert, Del,
            Unsupported {}

    public record ExprStmt(Expr value, int line, int col) implements Stmt {}

    /** a = b = value: several targets. */
    public record Assign(List<Expr> targets, Expr value, int line, int col) implements Stmt {}

    public record AugAssign(Expr target, BinOpKind op, Expr value, int line, int col) implements Stmt {}

    public record AnnAssign(Expr target, Expr annotation, Expr value, int line, int col) implements Stmt {}

    public record If(Expr test, List<Stmt> body, List<Stmt> orelse, int line, int col) implements Stmt {}

    public record While(Expr test, List<Stmt> body, List<Stmt> orelse, int line, int col) implements Stmt {}

    public record For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, int line, int col) implements Stmt {}

    public record Break(int line, int col) implements Stmt {}

    public record Continue(int line, int col) implements Stmt {}

    public record Pass(int line, int col) implements Stmt {}

    public record Return(Expr value, int line, int col) implements Stmt {}

    public enum ParamKind { POSITIONAL, VARARGS, KEYWORD_ONLY, VARKW }

    public record Param(String name, Expr defaultValue, ParamKind kind, int line, int col) {}

    public record FunctionDef(String name, List<Param> params, List<Stmt> body, List<Expr> decorators, String doc,
                              int line, int col) implements Stmt {}

    public record ClassDef(String name, List<Expr> bases, List<Stmt> body, List<Expr> decorators, int line, int col)
            implements Stmt {}

    public record Alias(String name, String asName) {}

    public record Import(List<Alias> names, int line, int col) implements Stmt {}

    public record ImportFrom(String module, List<Alias> names, int line, int col) implements Stmt {}

    public record Global(List<String> names, int line, int col) implements Stmt {}

    public record Nonlocal(List<String> names, int line, int col) implements Stmt {}

    public record Raise(Expr exc, Expr cause, int line, int col) implements Stmt {}

    public record Handler(Expr type, String name, List<Stmt> body, int line, int col) {}

    public record Try(List<Stmt> body, List<Handler> handlers, List<Stmt> orelse, List<Stmt> finalbody, int line, int col)
            implements Stmt {}

    public record Assert(Expr test, Expr msg, int line, int col) implements Stmt {}

    public record Del(List<Expr> targets, int line, int col) implements Stmt {}

    /** A construct the subset does not support: it parses, and raises NotImplementedError if run. */
    public record Unsupported(String what, int line, int col) implements Stmt {}

    /** The ... literal. */
    public static final Object ELLIPSIS = new Object() {
        @Override
        public String toString() {
            return "Ellipsis";
        }
    };
}
