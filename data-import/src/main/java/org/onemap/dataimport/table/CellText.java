package org.onemap.dataimport.table;

import java.math.BigDecimal;

/** Plain text of numeric cell values: no exponent, no display rounding ({@code 430321001001}, {@code 112.9083}). */
final class CellText {
    private CellText() {}

    static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) return Double.toString(d);
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    static String number(String raw) {
        try {
            return number(Double.parseDouble(raw));
        } catch (NumberFormatException e) {
            return raw;
        }
    }
}
