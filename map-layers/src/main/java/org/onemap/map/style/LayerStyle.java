package org.onemap.map.style;

/**
 * How one layer is drawn: an immutable value, so a style change is a new value that can be compared
 * with the old one to decide what to re-render. Every part is optional (null = not drawn):
 * <ul>
 *   <li>{@code fill} polygons' interiors; with {@code categories} the colour comes per feature from the
 *       category table and only the fill's opacity and hatching are used;</li>
 *   <li>{@code stroke} lines and polygon outlines;</li>
 *   <li>{@code symbol} point markers;</li>
 *   <li>{@code label} text from an attribute;</li>
 *   <li>{@code categories} per-feature colours by an attribute (fills polygons, colours lines and points).</li>
 * </ul>
 * The layer is drawn at scale denominators in [{@code minScaleDenominator}, {@code maxScaleDenominator})
 * (either bound 0 = open), as in OGC SLD.
 */
public record LayerStyle(FillStyle fill, StrokeStyle stroke, PointSymbol symbol, LabelStyle label,
                         CategoryColors categories, double minScaleDenominator, double maxScaleDenominator) {
    public LayerStyle {
        if (minScaleDenominator < 0 || maxScaleDenominator < 0) {
            throw new IllegalArgumentException("scale denominators must be >= 0");
        }
        if (maxScaleDenominator > 0 && minScaleDenominator >= maxScaleDenominator) {
            throw new IllegalArgumentException("minScaleDenominator " + minScaleDenominator
                    + " must be below maxScaleDenominator " + maxScaleDenominator);
        }
    }

    /** Nothing drawn; the starting point for the {@code with…} methods. */
    public static final LayerStyle EMPTY = new LayerStyle(null, null, null, null, null, 0, 0);

    public static LayerStyle polygon(FillStyle fill, StrokeStyle stroke) {
        return EMPTY.withFill(fill).withStroke(stroke);
    }

    public static LayerStyle line(StrokeStyle stroke) { return EMPTY.withStroke(stroke); }

    public static LayerStyle point(PointSymbol symbol) { return EMPTY.withSymbol(symbol); }

    /** Whether the layer is drawn at this scale denominator (e.g. 50000 for 1:50 000). */
    public boolean visibleAt(double scaleDenominator) {
        return (minScaleDenominator <= 0 || scaleDenominator >= minScaleDenominator)
                && (maxScaleDenominator <= 0 || scaleDenominator < maxScaleDenominator);
    }

    public LayerStyle withFill(FillStyle f) {
        return new LayerStyle(f, stroke, symbol, label, categories, minScaleDenominator, maxScaleDenominator);
    }

    public LayerStyle withStroke(StrokeStyle s) {
        return new LayerStyle(fill, s, symbol, label, categories, minScaleDenominator, maxScaleDenominator);
    }

    public LayerStyle withSymbol(PointSymbol s) {
        return new LayerStyle(fill, stroke, s, label, categories, minScaleDenominator, maxScaleDenominator);
    }

    public LayerStyle withLabel(LabelStyle l) {
        return new LayerStyle(fill, stroke, symbol, l, categories, minScaleDenominator, maxScaleDenominator);
    }

    public LayerStyle withCategories(CategoryColors c) {
        return new LayerStyle(fill, stroke, symbol, label, c, minScaleDenominator, maxScaleDenominator);
    }

    public LayerStyle withScaleRange(double minDenominator, double maxDenominator) {
        return new LayerStyle(fill, stroke, symbol, label, categories, minDenominator, maxDenominator);
    }
}
