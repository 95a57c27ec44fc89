package basis.engine.lang;

/**
 * A token with its position. {@code value} holds the decoded literal for STRING/FSTRING (the
 * content between the quotes, escapes decoded for STRING, raw for FSTRING) and the text otherwise.
 */
public record Token(TokenType type, String text, Object value, int line, int column) {
    @Override
    public String toString() {
        return type + "(" + text + ")@" + line + ":" + column;
    }
}
