package org.onemap.app.desktop.edit;

import org.locationtech.jts.geom.Coordinate;
import org.onemap.core.edit.snap.SnapResult;

/**
 * One pointer position as a tool sees it, in layer coordinates (lon/lat): {@code at} is where to put
 * the point (the snap target when one is within tolerance, else the pointer), {@code raw} the pointer
 * itself, {@code snap} what it snapped to (null if nothing) and {@code unitsPerPixel} the map scale,
 * so tools can turn pixel tolerances into layer units.
 */
public record MapInput(Coordinate at, Coordinate raw, SnapResult snap, double unitsPerPixel, boolean shift) {
    /** A tolerance of {@code pixels} at the current scale, in layer units. */
    public double pixels(double pixels) {
        return pixels * unitsPerPixel;
    }
}
