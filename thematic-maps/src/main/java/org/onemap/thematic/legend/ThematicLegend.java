package org.onemap.thematic.legend;

import java.awt.Color;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.onemap.thematic.classify.Breaks;

/**
 * What a thematic map's legend says: one entry per class with its range label ({@code "a – b"}, numbers
 * formatted for the user's locale), its colour and how many features it holds.
 */
public record ThematicLegend(String title, List<Entry> entries) {
    /**
     * How a row's key is drawn: a filled box (areas, classes), a point symbol of a radius (circle,
     * square, triangle, diamond, as the layer draws it) or a line of a width (flows).
     */
    public enum Swatch { BOX, CIRCLE, SQUARE, TRIANGLE, DIAMOND, LINE }

    /**
     * One legend row. {@code count} is how many features the row stands for, or {@link #NO_COUNT} where
     * counting makes no sense (the colour ramp of a heat map); {@code size} is the circle's radius or the
     * line's width in logical pixels (ignored for boxes); a point symbol's radius is half its size.
     */
    public record Entry(String label, Color color, long count, Swatch swatch, double size) {
        public Entry {
            if (swatch == null) swatch = Swatch.BOX;
        }

        /** A box row. */
        public Entry(String label, Color color, long count) {
            this(label, color, count, Swatch.BOX, 0);
        }

        public boolean counted() {
            return count >= 0;
        }
    }

    /** {@link Entry#count()} of a row that counts nothing. */
    public static final long NO_COUNT = -1;

    public ThematicLegend {
        entries = List.copyOf(entries);
    }

    /** Legend of a classification coloured class by class with {@code colors} (one per class). */
    public static ThematicLegend of(String title, Breaks breaks, List<Color> colors, Locale locale) {
        if (colors.size() < breaks.classes()) {
            throw new IllegalArgumentException(colors.size() + " colours for " + breaks.classes() + " classes");
        }
        NumberFormat nf = NumberFormat.getNumberInstance(locale);
        int digits = fractionDigits(breaks.breaks());
        nf.setMinimumFractionDigits(digits);
        nf.setMaximumFractionDigits(digits);
        int[] counts = breaks.counts();
        List<Entry> out = new ArrayList<>();
        for (int c = 0; c < breaks.classes(); c++) {
            out.add(new Entry(nf.format(breaks.lower(c)) + " – " + nf.format(breaks.upper(c)), colors.get(c), counts[c]));
        }
        return new ThematicLegend(title, out);
    }

    /** None for whole numbers; otherwise enough decimals that neighbouring breaks read differently (1 to 6). */
    static int fractionDigits(double[] b) {
        boolean whole = true;
        double gap = Double.POSITIVE_INFINITY;
        for (int i = 0; i < b.length; i++) {
            whole &= b[i] == Math.rint(b[i]);
            if (i > 0 && b[i] > b[i - 1]) gap = Math.min(gap, b[i] - b[i - 1]);
        }
        if (whole || !Double.isFinite(gap)) return 0;
        int d = (int) Math.ceil(-Math.log10(gap)) + 1;
        return Math.max(1, Math.min(6, d));
    }

    /** Features counted over all entries (rows without a count add nothing). */
    public long total() {
        return entries.stream().filter(Entry::counted).mapToLong(Entry::count).sum();
    }

    /** The same legend under another title (e.g. with the generated-data label appended). */
    public ThematicLegend withTitle(String t) {
        return new ThematicLegend(t, entries);
    }
}
