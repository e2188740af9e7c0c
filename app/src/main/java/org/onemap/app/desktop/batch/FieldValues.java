package org.onemap.app.desktop.batch;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.onemap.core.feature.FieldType;

/**
 * Typed text entry for an attribute: the text a user typed (or an editor produced) as the value its
 * field type holds. Blank means "empty" (null). Decimal commas are accepted, as some locales type them.
 */
final class FieldValues {
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private FieldValues() {}

    /**
     * @throws IllegalArgumentException with a short reason ("not a whole number") when the text does not fit the type
     */
    static Object parse(FieldType type, String text, ZoneId zone) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) return null;
        try {
            return switch (type) {
                case STRING -> t;
                case INTEGER -> Integer.valueOf(t);
                case LONG -> Long.valueOf(t);
                case DOUBLE -> Double.valueOf(t.replace(',', '.'));
                case BOOLEAN -> bool(t);
                case DATE -> LocalDate.parse(t);
                case TIMESTAMP -> LocalDateTime.parse(t, TIMESTAMP).atZone(zone).toInstant();
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException(type.name().toLowerCase(Locale.ROOT));
        }
    }

    private static Boolean bool(String t) {
        return switch (t.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "是", "1" -> Boolean.TRUE;
            case "false", "no", "否", "0" -> Boolean.FALSE;
            default -> throw new NumberFormatException(t);
        };
    }
}
