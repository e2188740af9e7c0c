package org.onemap.core.edit;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.AffineTransformation;

/** Moves and rotates parcels rigidly. */
final class ParcelTransforms {
    private ParcelTransforms() {}

    static Geometry move(Geometry g, double dx, double dy) {
        return AffineTransformation.translationInstance(dx, dy).transform(g);
    }

    /**
     * Rotates counter-clockwise by {@code degrees} about {@code pivot}. For lon/lat data x is scaled by
     * cos(latitude) around the pivot first, so the shape rotates without being sheared.
     */
    static Geometry rotate(Geometry g, double degrees, Coordinate pivot, boolean lonLat) {
        double k = lonLat ? Math.cos(Math.toRadians(pivot.y)) : 1;
        AffineTransformation t = new AffineTransformation()
                .translate(-pivot.x, -pivot.y)
                .scale(k, 1)
                .rotate(Math.toRadians(degrees))
                .scale(1 / k, 1)
                .translate(pivot.x, pivot.y);
        return t.transform(g);
    }
}
