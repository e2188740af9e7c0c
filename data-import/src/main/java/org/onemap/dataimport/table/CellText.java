package org.onemap.dataimport.table;

import java.math.BigDecimal;

/** Plain text of numeric cell values: no exponent, no display rounding ({@code 430321001001}, {@code 112.9083}). */
final class CellText {
    private CellText() {}

    static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) return Double.toString(d);
        if (d == 0) return "0";
        String s = Double.toString(d);
        if (s.indexOf('E') >= 0) return new BigDecimal(s).stripTrailingZeros().toPlainString();
        // what BigDecimal.valueOf(d).stripTrailingZeros().toPlainString() gives, without the BigDecimal: no exponent
        // here, so only the fraction's trailing zeros go ("12.0" → "12"; JDK 17 can also print "0.0020")
        int end = s.length();
        while (s.charAt(end - 1) == '0') end--;
        if (s.charAt(end - 1) == '.') end--;
        return s.substring(0, end);
    }

    static String number(String raw) {
        if (isPlain(raw)) return raw;
        try {
            return number(Double.parseDouble(raw));
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    /**
     * True when {@code raw} is already what {@link #number(double)} would give for it, so the parse and the
     * BigDecimal round trip can be skipped (they cost more than the XML parse of the cell): an optional
     * minus, digits without a leading zero (or a lone 0), an optional fraction not ending in 0, at most 15
     * digits in all (any decimal of 15 significant digits survives the trip through a double unchanged), not zero.
     */
    static boolean isPlain(String raw) {
        int n = raw.length(), i = 0;
        if (n > 0 && raw.charAt(0) == '-') i++;
        int from = i;
        while (i < n && raw.charAt(i) >= '0' && raw.charAt(i) <= '9') i++;
        int whole = i - from;
        if (whole == 0 || (whole > 1 && raw.charAt(from) == '0')) return false;
        boolean zero = whole == 1 && raw.charAt(from) == '0';
        int digits = whole;
        if (i < n) {
            if (raw.charAt(i) != '.') return false;
            i++;
            int f = i;
            while (i < n && raw.charAt(i) >= '0' && raw.charAt(i) <= '9') {
                if (raw.charAt(i) != '0') zero = false;
                i++;
            }
            if (i != n || i == f || raw.charAt(n - 1) == '0') return false;
            digits += i - f;
        }
        return !zero && digits <= 15;
    }
}
