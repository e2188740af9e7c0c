package org.onemap.dataimport.pipeline;

/** Reads numbers the way survey sheets write them: "1,234.5", " 3.5 ", "１２" (full-width digits). */
public final class Numbers {
    private Numbers() {}

    /** The number in {@code text}, or null when it is not one. */
    public static Double parse(String text) {
        if (text == null) return null;
        String s = text.trim();
        if (s.isEmpty()) return null;
        String t = s;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '，' || c == '．' || c == '－' || (c >= '０' && c <= '９')) {
                t = halfWidth(s);
                break;
            }
        }
        if (!isDecimal(t)) return null;
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String halfWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '０' && c <= '９') b.append((char) (c - '０' + '0'));
            else if (c == '．') b.append('.');
            else if (c == '－') b.append('-');
            else if (c != ',' && c != '，') b.append(c);
        }
        return b.toString();
    }

    /**
     * {@code [-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?} with ASCII digits, scanned by hand: this runs for
     * every cell of every row, where a regex match cost more than the parse.
     */
    static boolean isDecimal(String t) {
        int n = t.length(), i = 0;
        if (i < n && (t.charAt(i) == '-' || t.charAt(i) == '+')) i++;
        int from = i;
        while (i < n && isDigit(t.charAt(i))) i++;
        int whole = i - from;
        int fraction = 0;
        if (i < n && t.charAt(i) == '.') {
            i++;
            from = i;
            while (i < n && isDigit(t.charAt(i))) i++;
            fraction = i - from;
        }
        if (whole == 0 && fraction == 0) return false;
        if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
            i++;
            if (i < n && (t.charAt(i) == '-' || t.charAt(i) == '+')) i++;
            from = i;
            while (i < n && isDigit(t.charAt(i))) i++;
            if (i == from) return false;
        }
        return i == n;
    }

    /** {@code [-+]?\d+} with ASCII digits. */
    static boolean isInteger(String t) {
        int n = t.length(), i = 0;
        if (i < n && (t.charAt(i) == '-' || t.charAt(i) == '+')) i++;
        if (i == n) return false;
        for (; i < n; i++) if (!isDigit(t.charAt(i))) return false;
        return true;
    }

    private static boolean isDigit(char c) { return c >= '0' && c <= '9'; }
}
