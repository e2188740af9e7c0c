package org.onemap.dataimport.pipeline;

/** Reads numbers the way survey sheets write them: "1,234.5", " 3.5 ", "１２" (full-width digits). */
public final class Numbers {
    // compiled once: parse runs for every cell of every row (String.matches compiled it per call)
    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private Numbers() {}

    /** The number in {@code text}, or null when it is not one. */
    public static Double parse(String text) {
        if (text == null) return null;
        String s = text.trim();
        if (s.isEmpty()) return null;
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c >= '０' && c <= '９') b.append((char) (c - '０' + '0'));
            else if (c == '．') b.append('.');
            else if (c == '－') b.append('-');
            else if (c == ',' || c == '，') continue;
            else b.append(c);
        }
        String t = b.toString();
        if (!DECIMAL.matcher(t).matches()) return null;
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
