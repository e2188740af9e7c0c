package org.onemap.map.style;

import java.awt.Color;
import java.util.Objects;

/**
 * Text drawn for each feature from the attribute {@code field}. Font size and halo width are in
 * logical pixels; {@code halo} may be null for none. Labels show only at scale denominators up to
 * {@code maxScaleDenominator} (0 = at every scale), so village names appear only when zoomed in.
 * Higher {@code priority} labels are placed first and win collisions.
 */
public record LabelStyle(String field, double fontSize, boolean bold, Color color, Color halo, double haloWidth,
                         double maxScaleDenominator, int priority) {
    public LabelStyle {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(color, "color");
        if (!(fontSize > 0)) throw new IllegalArgumentException("font size must be > 0: " + fontSize);
        if (haloWidth < 0) throw new IllegalArgumentException("halo width must be >= 0: " + haloWidth);
        if (maxScaleDenominator < 0) throw new IllegalArgumentException("maxScaleDenominator must be >= 0");
    }

    /** A dark label with a white halo, shown at every scale. */
    public static LabelStyle of(String field, double fontSize) {
        return new LabelStyle(field, fontSize, false, new Color(0x22, 0x22, 0x22), Color.WHITE, 2, 0, 0);
    }

    /**
     * This style read from farther away: font size and halo width times {@code k} (a wall display),
     * priority, colours and scale range unchanged. {@code k} = 1 returns this style.
     */
    public LabelStyle scaled(double k) {
        if (!(k > 0) || Double.isInfinite(k)) throw new IllegalArgumentException("label scale must be > 0: " + k);
        if (k == 1) return this;
        return new LabelStyle(field, fontSize * k, bold, color, halo, haloWidth * k, maxScaleDenominator, priority);
    }

    public boolean visibleAt(double scaleDenominator) {
        return maxScaleDenominator <= 0 || scaleDenominator <= maxScaleDenominator;
    }

    public LabelStyle withMaxScaleDenominator(double d) {
        return new LabelStyle(field, fontSize, bold, color, halo, haloWidth, d, priority);
    }

    public LabelStyle withPriority(int p) {
        return new LabelStyle(field, fontSize, bold, color, halo, haloWidth, maxScaleDenominator, p);
    }

    public LabelStyle withColor(Color c) {
        return new LabelStyle(field, fontSize, bold, c, halo, haloWidth, maxScaleDenominator, priority);
    }

    public LabelStyle withBold(boolean b) {
        return new LabelStyle(field, fontSize, b, color, halo, haloWidth, maxScaleDenominator, priority);
    }
}
