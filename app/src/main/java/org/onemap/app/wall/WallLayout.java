package org.onemap.app.wall;

/**
 * How one wall is laid out: side-panel width (px), whether the clock and ticker show, the base font
 * size (px; large for reading across a room) and the seconds of idle before the cursor hides.
 */
public record WallLayout(double sidePanelWidth, boolean clock, boolean ticker, double fontSize, int cursorIdleSeconds) {
    public static WallLayout defaults() {
        return new WallLayout(620, true, true, 26, 5);
    }
}
