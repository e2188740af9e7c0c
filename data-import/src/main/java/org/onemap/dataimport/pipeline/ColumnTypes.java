package org.onemap.dataimport.pipeline;

import java.time.LocalDate;
import org.onemap.core.feature.FieldType;

/**
 * Infers a column's type from its values: numbers (or text that reads as numbers in at least 80 % of the
 * filled cells) become LONG/DOUBLE; digit strings that look like codes (leading zero, or all of the same
 * length of 6+ digits: admin codes) stay STRING; a stray word in a short number column still gives a number type
 * (the word is then reported); dates and booleans keep their type; anything else is STRING.
 */
final class ColumnTypes {
    private long filled;
    private long numeric;
    private long integral = 0;
    private long numberObjects;
    private long dates;
    private long booleans;
    private boolean leadingZero;
    private int digitLength = -1; // common length of integral digit strings, -2 when they differ
    private boolean sawDecimalObject;

    void add(Object v) {
        if (v == null) return;
        if (v instanceof String s && s.isBlank()) return;
        filled++;
        if (v instanceof Number n) {
            numberObjects++;
            numeric++;
            if (n instanceof Double || n instanceof Float) {
                if (n.doubleValue() == Math.rint(n.doubleValue()) && Math.abs(n.doubleValue()) < 1e15) integral++;
                else sawDecimalObject = true;
            } else {
                integral++;
            }
        } else if (v instanceof LocalDate || v instanceof java.time.Instant) {
            dates++;
        } else if (v instanceof Boolean) {
            booleans++;
        } else {
            String s = v.toString().trim();
            Double d = Numbers.parse(s);
            if (d != null) {
                numeric++;
                if (Numbers.isInteger(s)) {
                    integral++;
                    String digits = s.charAt(0) == '-' || s.charAt(0) == '+' ? s.substring(1) : s;
                    if (digits.length() > 1 && digits.charAt(0) == '0') leadingZero = true;
                    if (digitLength == -1) digitLength = digits.length();
                    else if (digitLength != digits.length()) digitLength = -2;
                }
            }
        }
    }

    FieldType type() {
        if (filled == 0) return FieldType.STRING;
        if (dates == filled) return FieldType.DATE;
        if (booleans == filled) return FieldType.BOOLEAN;
        if (numberObjects == filled) return integral == filled && !sawDecimalObject ? FieldType.LONG : FieldType.DOUBLE;
        boolean codeLike = leadingZero || digitLength >= 6;
        long text = filled - numeric;
        // mostly numbers, or a stray word or two in a short column: the words are reported, not the column turned to text
        boolean mostlyNumbers = numeric * 5 >= filled * 4 || (text <= Math.max(1, filled / 20) && numeric > text);
        if (!codeLike && numeric > 0 && mostlyNumbers) {
            return integral == numeric && !sawDecimalObject ? FieldType.LONG : FieldType.DOUBLE;
        }
        return FieldType.STRING;
    }
}
