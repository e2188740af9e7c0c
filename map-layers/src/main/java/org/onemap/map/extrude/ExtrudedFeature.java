package org.onemap.map.extrude;

/**
 * One feature as extruded: its id, value, colour class and height (metres), and an anchor on its roof
 * in mesh coordinates (x east, y south, z = −height) — a point inside the polygon, where a label or a
 * test click goes.
 */
public record ExtrudedFeature(String id, double value, int classIndex, double height, double anchorX, double anchorY) {
    /** Mesh z of the roof (up is negative z in the scene). */
    public double anchorZ() { return -height; }
}
