package org.onemap.app.wall;

/**
 * How one wall is laid out: side-panel width (px), whether the clock and ticker show, the base font
 * size (px; large for reading across a room), the seconds of idle before the cursor hides, and how
 * much larger than on the desktop the map labels are ({@code labelScale}; 0 = from the screen size,
 * see {@link WallLabelScale}).
 */
public record WallLayout(double sidePanelWidth, boolean clock, boolean ticker, double fontSize, int cursorIdleSeconds,
                         double labelScale) {
    public WallLayout {
        if (labelScale < 0 || Double.isNaN(labelScale) || Double.isInfinite(labelScale))
            throw new IllegalArgumentException("labelScale is > 0, or 0 for the screen's own: " + labelScale);
    }

    public static WallLayout defaults() {
        return new WallLayout(620, true, true, 26, 5, 0);
    }
}
