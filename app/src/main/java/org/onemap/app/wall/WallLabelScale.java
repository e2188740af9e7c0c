package org.onemap.app.wall;

import java.util.Properties;

/**
 * How much larger than on the desktop the wall draws its map labels (font, halo and collision boxes
 * together, see map-layers' {@code ViewportLabels}): desktop-sized names are unreadable from across
 * the room. From the screen: {@value #AT_4K}× on 3840×2160, in proportion elsewhere, never below 1×;
 * the smaller of the width and height ratios counts, so a wall spanning two screens side by side is
 * not read from twice as far. The wall config's {@code layout.labelScale} overrides it, and
 * {@code -Donemap.wall.labelScale} (ONEMAP_JAVA_OPTS) overrides both.
 */
public final class WallLabelScale {
    public static final String PROPERTY = "onemap.wall.labelScale";
    /** The scale on a 3840×2160 screen. */
    static final double AT_4K = 1.8;
    private static final double REFERENCE_WIDTH = 3840;
    private static final double REFERENCE_HEIGHT = 2160;

    private WallLabelScale() {}

    /** The label scale for a wall scene of {@code width}×{@code height} px with {@code layout}, given {@code props}. */
    public static double of(double width, double height, WallLayout layout, Properties props) {
        String v = props.getProperty(PROPERTY);
        if (v != null && !v.isBlank()) return parse(v.strip());
        if (layout.labelScale() > 0) return layout.labelScale();
        return fromScreen(width, height);
    }

    /** {@value #AT_4K}× at 3840×2160, in proportion to the smaller side ratio, at least 1. */
    static double fromScreen(double width, double height) {
        double ratio = Math.min(width / REFERENCE_WIDTH, height / REFERENCE_HEIGHT);
        return Math.max(1, Math.round(AT_4K * ratio * 100) / 100.0);
    }

    private static double parse(String v) {
        try {
            double k = Double.parseDouble(v);
            if (k > 0 && k <= 10) return k;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("-D" + PROPERTY + " is a number from 0 to 10 (e.g. 1.8), got '" + v + "'");
    }
}
