package basis.engine.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns source text into tokens, Python style: NEWLINE ends a logical line, INDENT/DEDENT mark
 * blocks, newlines inside brackets are ignored, a backslash joins lines.
 */
public final class Lexer {
    private static final Map<String, TokenType> KEYWORDS = Map.ofEntries(
            Map.entry("False", TokenType.FALSE), Map.entry("None", TokenType.NONE), Map.entry("True", TokenType.TRUE),
            Map.entry("and", TokenType.AND), Map.entry("as", TokenType.AS), Map.entry("assert", TokenType.ASSERT),
            Map.entry("async", TokenType.ASYNC), Map.entry("await", TokenType.AWAIT), Map.entry("break", TokenType.BREAK),
            Map.entry("class", TokenType.CLASS), Map.entry("continue", TokenType.CONTINUE), Map.entry("def", TokenType.DEF),
            Map.entry("del", TokenType.DEL), Map.entry("elif", TokenType.ELIF), Map.entry("else", TokenType.ELSE),
            Map.entry("except", TokenType.EXCEPT), Map.entry("finally", TokenType.FINALLY), Map.entry("for", TokenType.FOR),
            Map.entry("from", TokenType.FROM), Map.entry("global", TokenType.GLOBAL), Map.entry("if", TokenType.IF),
            Map.entry("import", TokenType.IMPORT), Map.entry("in", TokenType.IN), Map.entry("is", TokenType.IS),
            Map.entry("lambda", TokenType.LAMBDA), Map.entry("nonlocal", TokenType.NONLOCAL), Map.entry("not", TokenType.NOT),
            Map.entry("or", TokenType.OR), Map.entry("pass", TokenType.PASS), Map.entry("raise", TokenType.RAISE),
            Map.entry("return", TokenType.RETURN), Map.entry("try", TokenType.TRY), Map.entry("while", TokenType.WHILE),
            Map.entry("with", TokenType.WITH), Map.entry("yield", TokenType.YIELD));

    private final String src;
    private final List<Token> tokens = new ArrayList<>();
    private final List<Integer> indents = new ArrayList<>();
    /** Open brackets: the char and where it was opened, for "'(' was never closed". */
    private final List<int[]> brackets = new ArrayList<>();
    private int pos = 0;
    private int line = 1;
    private int lineStart = 0;

    public Lexer(String source) {
        String s = source.replace("\r\n", "\n").replace('\r', '\n');
        if (!s.endsWith("\n")) s = s + "\n";
        this.src = s;
        indents.add(0);
    }

    public static List<Token> tokenize(String source) {
        return new Lexer(source).run();
    }

    private int col() {
        return pos - lineStart + 1;
    }

    private SyntaxErrorException error(String msg, int l, int c) {
        return new SyntaxErrorException(msg, l, c);
    }

    public List<Token> run() {
        boolean atLineStart = true;
        while (pos < src.length()) {
            if (atLineStart && brackets.isEmpty()) {
                if (!handleIndentation()) continue; // blank or comment line consumed
                atLineStart = false;
            }
            char c = src.charAt(pos);
            if (c == '\n') {
                if (brackets.isEmpty()) {
                    add(TokenType.NEWLINE, "\n", null, line, col());
                    atLineStart = true;
                }
                pos++;
                line++;
                lineStart = pos;
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
                continue;
            }
            if (c == '#') {
                while (pos < src.length() && src.charAt(pos) != '\n') pos++;
                continue;
            }
            if (c == '\\') {
                if (pos + 1 < src.length() && src.charAt(pos + 1) == '\n') {
                    pos += 2;
                    line++;
                    lineStart = pos;
                    continue;
                }
                throw error("unexpected character after line continuation character", line, col());
            }
            if (isIdentStart(c)) {
                lexNameOrString();
                continue;
            }
            if (isDigit(c) || (c == '.' && pos + 1 < src.length() && isDigit(src.charAt(pos + 1)))) {
                lexNumber();
                continue;
            }
            if (c == '"' || c == '\'') {
                lexString(pos, "", false);
                continue;
            }
            lexOperator();
        }
        if (!brackets.isEmpty()) {
            int[] b = brackets.get(brackets.size() - 1);
            throw error("'" + (char) b[0] + "' was never closed", b[1], b[2]);
        }
        if (tokens.isEmpty() || tokens.get(tokens.size() - 1).type() != TokenType.NEWLINE) {
            add(TokenType.NEWLINE, "\n", null, line, 1);
        }
        while (indents.size() > 1) {
            indents.remove(indents.size() - 1);
            add(TokenType.DEDENT, "", null, line, 1);
        }
        add(TokenType.EOF, "", null, line, 1);
        return tokens;
    }

    /** Measures indentation at a line start. Returns false if the line was blank/comment (consumed). */
    private boolean handleIndentation() {
        int width = 0;
        int p = pos;
        while (p < src.length()) {
            char c = src.charAt(p);
            if (c == ' ') width++;
            else if (c == '\t') width = (width / 8 + 1) * 8;
            else if (c == '\f') width = 0;
            else break;
            p++;
        }
        if (p >= src.length()) {
            pos = p;
            return false;
        }
        char c = src.charAt(p);
        if (c == '\n' || c == '#') {
            while (p < src.length() && src.charAt(p) != '\n') p++;
            pos = p + 1;
            line++;
            lineStart = pos;
            return false;
        }
        if (c == '\\' && p + 1 < src.length() && src.charAt(p + 1) == '\n' && tokens.isEmpty()) {
            // a continuation at the start of the file: treat as nothing
        }
        pos = p;
        int current = indents.get(indents.size() - 1);
        if (width > current) {
            indents.add(width);
            add(TokenType.INDENT, "", null, line, 1);
        } else if (width < current) {
            while (width < indents.get(indents.size() - 1)) {
                indents.remove(indents.size() - 1);
                add(TokenType.DEDENT, "", null, line, col());
            }
            if (width != indents.get(indents.size() - 1)) {
                throw new SyntaxErrorException("IndentationError", "unindent does not match any outer indentation level",
                        line, col());
            }
        }
        return true;
    }

    private void add(TokenType t, String text, Object value, int l, int c) {
        tokens.add(new Token(t, text, value, l, c));
    }

    private static boolean isIdentStart(char c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c > 127 && Character.isLetter(c));
    }

    private static boolean isIdentPart(char c) {
        return isIdentStart(c) || isDigit(c) || (c > 127 && Character.isLetterOrDigit(c));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void lexNameOrString() {
        int start = pos;
        int c0 = col();
        while (pos < src.length() && isIdentPart(src.charAt(pos))) pos++;
        String word = src.substring(start, pos);
        if (pos < src.length() && (src.charAt(pos) == '"' || src.charAt(pos) == '\'') && word.length() <= 2) {
            String p = word.toLowerCase();
            if (p.equals("r") || p.equals("u") || p.equals("f") || p.equals("b") || p.equals("rb") || p.equals("br")
                    || p.equals("fr") || p.equals("rf")) {
                if (p.contains("b")) throw error("bytes literals are not supported", line, c0);
                lexString(start, p, true);
                return;
            }
        }
        TokenType kw = KEYWORDS.get(word);
        add(kw != null ? kw : TokenType.NAME, word, null, line, c0);
    }

    private void lexNumber() {
        int start = pos;
        int c0 = col();
        boolean isFloat = false;
        if (src.charAt(pos) == '0' && pos + 1 < src.length() && "xXoObB".indexOf(src.charAt(pos + 1)) >= 0) {
            char kind = Character.toLowerCase(src.charAt(pos + 1));
            pos += 2;
            int radix = kind == 'x' ? 16 : kind == 'o' ? 8 : 2;
            int ds = pos;
            while (pos < src.length() && (Character.digit(src.charAt(pos), radix) >= 0 || src.charAt(pos) == '_')) pos++;
            String digits = src.substring(ds, pos).replace("_", "");
            if (digits.isEmpty()) throw error("invalid " + (radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary")
                    + " literal", line, c0);
            add(TokenType.INT, src.substring(start, pos), new java.math.BigInteger(digits, radix), line, c0);
            return;
        }
        while (pos < src.length() && (isDigit(src.charAt(pos)) || src.charAt(pos) == '_')) pos++;
        if (pos < src.length() && src.charAt(pos) == '.') {
            isFloat = true;
            pos++;
            while (pos < src.length() && (isDigit(src.charAt(pos)) || src.charAt(pos) == '_')) pos++;
        }
        if (pos < src.length() && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
            int save = pos;
            pos++;
            if (pos < src.length() && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) pos++;
            if (pos < src.length() && isDigit(src.charAt(pos))) {
                isFloat = true;
                while (pos < src.length() && (isDigit(src.charAt(pos)) || src.charAt(pos) == '_')) pos++;
            } else {
                pos = save;
            }
        }
        String text = src.substring(start, pos).replace("_", "");
        if (pos < src.length() && (src.charAt(pos) == 'j' || src.charAt(pos) == 'J')) {
            pos++;
            add(TokenType.IMAG, src.substring(start, pos), basis.engine.nd.ExactMath.parseDouble(text), line, c0);
            return;
        }
        if (pos < src.length() && isIdentStart(src.charAt(pos))) {
            throw error("invalid decimal literal", line, c0);
        }
        if (isFloat) {
            add(TokenType.FLOAT, text, basis.engine.nd.ExactMath.parseDouble(text), line, c0);
        } else {
            if (text.length() > 1 && text.charAt(0) == '0' && !text.chars().allMatch(ch -> ch == '0')) {
                throw error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                        line, c0);
            }
            add(TokenType.INT, text, new java.math.BigInteger(text), line, c0);
        }
    }

    private void lexString(int start, String prefix, boolean hasPrefix) {
        int l0 = line;
        int c0 = start - lineStart + 1;
        char q = src.charAt(pos);
        boolean triple = pos + 2 < src.length() && src.charAt(pos + 1) == q && src.charAt(pos + 2) == q;
        boolean raw = prefix.contains("r");
        boolean fmt = prefix.contains("f");
        pos += triple ? 3 : 1;
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= src.length()) {
                if (triple) throw error("unterminated triple-quoted string literal (detected at line " + (line - 1) + ")", l0, c0);
                throw error("unterminated string literal (detected at line " + l0 + ")", l0, c0);
            }
            char c = src.charAt(pos);
            if (c == q) {
                if (!triple) {
                    pos++;
                    break;
                }
                if (pos + 2 < src.length() && src.charAt(pos + 1) == q && src.charAt(pos + 2) == q) {
                    pos += 3;
                    break;
                }
                sb.append(c);
                pos++;
                continue;
            }
            if (c == '\n') {
                if (!triple) throw error("unterminated string literal (detected at line " + l0 + ")", l0, c0);
                sb.append(c);
                pos++;
                line++;
                lineStart = pos;
                continue;
            }
            if (c == '\\') {
                if (pos + 1 >= src.length()) {
                    pos++;
                    continue;
                }
                char n = src.charAt(pos + 1);
                if (n == '\n') { // line continuation inside a string
                    if (raw || fmt) sb.append('\\').append('\n');
                    pos += 2;
                    line++;
                    lineStart = pos;
                    continue;
                }
                if (raw || fmt) { // f-string escapes are decoded by the parser, literal part by part
                    sb.append(c).append(n);
                    pos += 2;
                    continue;
                }
                pos += 2;
                decodeEscape(n, sb, l0, c0);
                continue;
            }
            sb.append(c);
            pos++;
        }
        String text = src.substring(start, pos);
        add(fmt ? TokenType.FSTRING : TokenType.STRING, text, raw && !fmt ? sb.toString() : sb.toString(), l0, c0);
        if (fmt && raw) {
            // mark raw f-strings: the parser must not decode escapes in them
            tokens.set(tokens.size() - 1, new Token(TokenType.FSTRING, "r" + text, sb.toString(), l0, c0));
        }
    }

    /** Decodes one escape (the char after the backslash, already consumed) into sb. */
    void decodeEscape(char n, StringBuilder sb, int l0, int c0) {
        switch (n) {
            case 'n' -> sb.append('\n');
            case 't' -> sb.append('\t');
            case 'r' -> sb.append('\r');
            case '\\' -> sb.append('\\');
            case '\'' -> sb.append('\'');
            case '"' -> sb.append('"');
            case 'a' -> sb.append('\u0007');
            case 'b' -> sb.append('\b');
            case 'f' -> sb.append('\f');
            case 'v' -> sb.append('\u000b');
            case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                int v = n - '0';
                for (int k = 0; k < 2 && pos < src.length() && src.charAt(pos) >= '0' && src.charAt(pos) <= '7'; k++) {
                    v = v * 8 + (src.charAt(pos++) - '0');
                }
                sb.append((char) v);
            }
            case 'x' -> sb.append((char) hex(2, l0, c0, "\\xXX"));
            case 'u' -> sb.append((char) hex(4, l0, c0, "\\uXXXX"));
            case 'U' -> sb.appendCodePoint(hex(8, l0, c0, "\\UXXXXXXXX"));
            default -> sb.append('\\').append(n);
        }
    }

    private int hex(int n, int l0, int c0, String form) {
        int v = 0;
        for (int k = 0; k < n; k++) {
            int d = pos < src.length() ? Character.digit(src.charAt(pos), 16) : -1;
            if (d < 0) throw new SyntaxErrorException("(unicode error) truncated " + form + " escape", l0, c0);
            v = v * 16 + d;
            pos++;
        }
        return v;
    }

    private void lexOperator() {
        int c0 = col();
        char c = src.charAt(pos);
        char n = pos + 1 < src.length() ? src.charAt(pos + 1) : '\0';
        char n2 = pos + 2 < src.length() ? src.charAt(pos + 2) : '\0';
        TokenType t;
        int len = 1;
        switch (c) {
            case '(' -> { t = TokenType.LPAR; brackets.add(new int[] {c, line, c0}); }
            case '[' -> { t = TokenType.LSQB; brackets.add(new int[] {c, line, c0}); }
            case '{' -> { t = TokenType.LBRACE; brackets.add(new int[] {c, line, c0}); }
            case ')', ']', '}' -> {
                char open = c == ')' ? '(' : c == ']' ? '[' : '{';
                if (brackets.isEmpty()) throw error("unmatched '" + c + "'", line, c0);
                int[] top = brackets.remove(brackets.size() - 1);
                if (top[0] != open) {
                    String msg = "closing parenthesis '" + c + "' does not match opening parenthesis '" + (char) top[0] + "'";
                    if (top[1] != line) msg += " on line " + top[1];
                    throw error(msg, line, c0);
                }
                t = c == ')' ? TokenType.RPAR : c == ']' ? TokenType.RSQB : TokenType.RBRACE;
            }
            case ':' -> { if (n == '=') { t = TokenType.WALRUS; len = 2; } else t = TokenType.COLON; }
            case ',' -> t = TokenType.COMMA;
            case ';' -> t = TokenType.SEMI;
            case '.' -> { if (n == '.' && n2 == '.') { t = TokenType.ELLIPSIS; len = 3; } else t = TokenType.DOT; }
            case '+' -> { if (n == '=') { t = TokenType.PLUSEQUAL; len = 2; } else t = TokenType.PLUS; }
            case '-' -> {
                if (n == '=') { t = TokenType.MINEQUAL; len = 2; }
                else if (n == '>') { t = TokenType.ARROW; len = 2; }
                else t = TokenType.MINUS;
            }
            case '*' -> {
                if (n == '*') {
                    if (n2 == '=') { t = TokenType.DSTAREQUAL; len = 3; } else { t = TokenType.DSTAR; len = 2; }
                } else if (n == '=') { t = TokenType.STAREQUAL; len = 2; } else t = TokenType.STAR;
            }
            case '/' -> {
                if (n == '/') {
                    if (n2 == '=') { t = TokenType.DSLASHEQUAL; len = 3; } else { t = TokenType.DSLASH; len = 2; }
                } else if (n == '=') { t = TokenType.SLASHEQUAL; len = 2; } else t = TokenType.SLASH;
            }
            case '%' -> { if (n == '=') { t = TokenType.PERCENTEQUAL; len = 2; } else t = TokenType.PERCENT; }
            case '@' -> { if (n == '=') { t = TokenType.ATEQUAL; len = 2; } else t = TokenType.AT; }
            case '&' -> { if (n == '=') { t = TokenType.AMPEREQUAL; len = 2; } else t = TokenType.AMPER; }
            case '|' -> { if (n == '=') { t = TokenType.VBAREQUAL; len = 2; } else t = TokenType.VBAR; }
            case '^' -> { if (n == '=') { t = TokenType.CIRCUMFLEXEQUAL; len = 2; } else t = TokenType.CIRCUMFLEX; }
            case '~' -> t = TokenType.TILDE;
            case '<' -> {
                if (n == '<') {
                    if (n2 == '=') { t = TokenType.LSHIFTEQUAL; len = 3; } else { t = TokenType.LSHIFT; len = 2; }
                } else if (n == '=') { t = TokenType.LESSEQUAL; len = 2; } else t = TokenType.LESS;
            }
            case '>' -> {
                if (n == '>') {
                    if (n2 == '=') { t = TokenType.RSHIFTEQUAL; len = 3; } else { t = TokenType.RSHIFT; len = 2; }
                } else if (n == '=') { t = TokenType.GREATEREQUAL; len = 2; } else t = TokenType.GREATER;
            }
            case '=' -> { if (n == '=') { t = TokenType.EQEQUAL; len = 2; } else t = TokenType.EQUAL; }
            case '!' -> {
                if (n == '=') { t = TokenType.NOTEQUAL; len = 2; }
                else throw error("invalid syntax", line, c0);
            }
            default -> {
                String shown = c == '\u00a0' ? "invalid non-printable character U+00A0" : invalidChar(c);
                throw error(shown, line, c0);
            }
        }
        add(t, src.substring(pos, pos + len), null, line, c0);
        pos += len;
    }

    private static String invalidChar(char c) {
        String hex = Integer.toHexString(c).toUpperCase();
        while (hex.length() < 4) hex = "0" + hex;
        return "invalid character '" + c + "' (U+" + hex + ")";
    }
}
