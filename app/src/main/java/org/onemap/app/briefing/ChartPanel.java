package org.onemap.app.briefing;

import java.util.Locale;
import java.util.Objects;

/**
 * A chart of one thematic indicator drawn over a slide's map: {@code module} names the thematic module
 * whose indicators it reads (null or empty: the slide's own view), {@code indicator} the indicator's id.
 * It sits in a {@link Corner} of the map, {@code width} × {@code height} logical pixels. The indicator
 * is computed when the slide is drawn, from the same data as the map (workspace or packaged subset).
 */
public record ChartPanel(String module, String indicator, Corner corner, int width, int height) {
    public static final int DEFAULT_WIDTH = 300;
    public static final int DEFAULT_HEIGHT = 200;

    /** Where on the map a panel sits. */
    public enum Corner {
        TOP_LEFT, TOP_RIGHT, BOTTOM_LEFT, BOTTOM_RIGHT;

        /** Parses {@code bottom-left}, {@code BOTTOM_LEFT} …; throws naming the known corners. */
        public static Corner parse(String s) {
            String n = s.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            for (Corner c : values()) if (c.name().equals(n)) return c;
            throw new IllegalArgumentException("unknown corner '" + s + "' (expected top-left, top-right, bottom-left or bottom-right)");
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public ChartPanel {
        Objects.requireNonNull(indicator, "indicator");
        module = module == null || module.isBlank() ? null : module.trim().toLowerCase(Locale.ROOT);
        corner = corner == null ? Corner.BOTTOM_LEFT : corner;
        if (width < 80 || height < 60 || width > 1000 || height > 600) {
            throw new IllegalArgumentException("chart panel size out of range (80..1000 × 60..600): " + width + " × " + height);
        }
    }

    /** A panel of the slide's own module, at the default size. */
    public static ChartPanel of(String indicator, Corner corner) {
        return new ChartPanel(null, indicator, corner, DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }

    /** The module to read: this panel's, else the slide's view. */
    public String moduleOr(String view) {
        return module != null ? module : view;
    }
}
