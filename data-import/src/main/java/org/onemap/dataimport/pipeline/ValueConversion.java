package org.onemap.dataimport.pipeline;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.onemap.core.feature.FieldType;

/** Converts a source value to a field type; throws {@link IllegalArgumentException} with the reason when it cannot. */
final class ValueConversion {
    private ValueConversion() {}

    static Object to(FieldType type, Object v) {
        if (v == null || (v instanceof String s && s.isBlank())) return null;
        switch (type) {
            case STRING:
                if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString(d.longValue());
                return v.toString().trim();
            case INTEGER:
            case LONG:
            case DOUBLE: {
                Double d = v instanceof Number n ? Double.valueOf(n.doubleValue()) : Numbers.parse(v.toString());
                if (d == null) throw new IllegalArgumentException("text in a number column");
                if (type == FieldType.DOUBLE) return d;
                if (d != Math.rint(d)) throw new IllegalArgumentException("a decimal in a whole-number column");
                return type == FieldType.INTEGER ? (Object) (int) Math.rint(d) : (Object) (long) Math.rint(d);
            }
            case BOOLEAN: {
                if (v instanceof Boolean b) return b;
                String s = v.toString().trim().toLowerCase(java.util.Locale.ROOT);
                if (s.equals("true") || s.equals("t") || s.equals("y") || s.equals("1") || s.equals("是")) return true;
                if (s.equals("false") || s.equals("f") || s.equals("n") || s.equals("0") || s.equals("否")) return false;
                throw new IllegalArgumentException("not a yes/no value");
            }
            case DATE: {
                if (v instanceof LocalDate d) return d;
                try {
                    return LocalDate.parse(v.toString().trim().replace('/', '-'));
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("not a date (expected yyyy-mm-dd)");
                }
            }
            case TIMESTAMP:
                if (v instanceof java.time.Instant i) return i;
                try {
                    return java.time.Instant.parse(v.toString().trim());
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("not a timestamp");
                }
            default:
                return v;
        }
    }
}
