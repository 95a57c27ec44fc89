package basis.server;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** The one timestamp format stored and served: ISO-8601 UTC with milliseconds, which sorts as text. */
public final class Times {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Times() {}

    public static String format(Instant t) {
        return FORMAT.format(t);
    }

    /** Parses any ISO-8601 instant ("2026-12-01T23:59:00Z"); null when it is not one. */
    public static Instant parse(String s) {
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException | NullPointerException e) {
            return null;
        }
    }
}
