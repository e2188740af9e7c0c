package org.onemap.dataimport.excel;

import java.util.Objects;

/**
 * One column of an xlsx table: the header title shown to users (Chinese in OneMap's survey tables),
 * what kind of cells it holds, its width in characters and the Excel number format.
 */
public record XlsxColumn(String title, Kind kind, int widthChars, String format) {
    /** Cell kinds: text stays text (admin codes keep their digits), numbers and dates are typed cells. */
    public enum Kind { TEXT, INTEGER, DECIMAL, DATE, BOOLEAN }

    public XlsxColumn {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        if (widthChars < 1 || widthChars > 255) throw new IllegalArgumentException(title + ": width " + widthChars + " not in 1..255");
    }

    public static XlsxColumn text(String title, int widthChars) { return new XlsxColumn(title, Kind.TEXT, widthChars, "@"); }

    public static XlsxColumn integer(String title, int widthChars) { return new XlsxColumn(title, Kind.INTEGER, widthChars, "0"); }

    /** A number shown with {@code decimals} places (the stored value keeps full precision). */
    public static XlsxColumn decimal(String title, int widthChars, int decimals) {
        if (decimals < 0 || decimals > 15) throw new IllegalArgumentException(title + ": decimals " + decimals);
        return new XlsxColumn(title, Kind.DECIMAL, widthChars, decimals == 0 ? "0" : "0." + "0".repeat(decimals));
    }

    /** A date shown as yyyy-mm-dd. */
    public static XlsxColumn date(String title, int widthChars) { return new XlsxColumn(title, Kind.DATE, widthChars, "yyyy-mm-dd"); }

    public static XlsxColumn bool(String title, int widthChars) { return new XlsxColumn(title, Kind.BOOLEAN, widthChars, "General"); }
}
