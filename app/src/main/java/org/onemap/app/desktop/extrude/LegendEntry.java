package org.onemap.app.desktop.extrude;

/** One class of the 3D view's legend: colour (0xAARRGGBB), value range text with unit, feature count. */
public record LegendEntry(int colour, String label, int count) {
    /** The colour as a CSS hex string, e.g. {@code #fd8d3c}. */
    public String web() { return String.format("#%06x", colour & 0xFFFFFF); }
}
