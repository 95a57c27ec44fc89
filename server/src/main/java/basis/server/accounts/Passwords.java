package basis.server.accounts;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;

/** bcrypt (at.favre.lib) with a configurable cost; 12 in production, lower in tests. */
public final class Passwords {
    public static final int PRODUCTION_COST = 12;
    public static final int MIN_LENGTH = 8, MAX_BYTES = 72; // bcrypt reads at most 72 bytes

    private final int cost;

    public Passwords(int cost) {
        this.cost = cost;
    }

    public String hash(String password) {
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    public boolean verify(String password, String hash) {
        return BCrypt.verifyer().verify(password.toCharArray(), hash.toCharArray()).verified;
    }

    /** Why a new password is unacceptable, or null when it is fine. */
    public static String problem(String password) {
        if (password == null) return "a password is required";
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return "the password must have at least " + MIN_LENGTH + " characters";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "the password must be at most " + MAX_BYTES + " bytes";
        }
        return null;
    }
}
