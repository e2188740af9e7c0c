package org.onemap.app.desktop.sync;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * What the map draws for a conflict: my geometry, theirs, and the area only one of them covers (their
 * symmetric difference, filled), all lon/lat; {@code extent} frames both.
 *
 * @param mine       the workspace's geometry, null when deleted here
 * @param theirs     the server's geometry, null when deleted there
 * @param difference the symmetric difference (empty when the geometries agree)
 * @param extent     the envelope of both, null when neither exists
 */
public record GeometryDifference(Geometry mine, Geometry theirs, Geometry difference, Envelope extent) {
    private static final GeometryFactory GF = new GeometryFactory();

    /** The difference of two geometries; either may be null (a deleted side). */
    public static GeometryDifference of(Geometry mine, Geometry theirs) {
        Envelope extent = null;
        if (mine != null) extent = new Envelope(mine.getEnvelopeInternal());
        if (theirs != null) {
            if (extent == null) extent = new Envelope(theirs.getEnvelopeInternal());
            else extent.expandToInclude(theirs.getEnvelopeInternal());
        }
        Geometry diff;
        if (mine == null || theirs == null) diff = mine != null ? mine : theirs != null ? theirs : GF.createGeometryCollection();
        else diff = symmetricDifference(mine, theirs);
        return new GeometryDifference(mine, theirs, diff, extent);
    }

    /** True when there is an area to show (the sides' geometries differ). */
    public boolean differs() { return difference != null && !difference.isEmpty(); }

    /**
     * OverlayNG with its robust fallbacks (snapping, snap-rounding); if even that fails on an invalid edit,
     * the sides are repaired with a zero buffer first, and as a last resort nothing is filled (the outlines still show).
     */
    private static Geometry symmetricDifference(Geometry a, Geometry b) {
        try {
            return OverlayNGRobust.overlay(a, b, OverlayNG.SYMDIFFERENCE);
        } catch (RuntimeException first) {
            try {
                return OverlayNGRobust.overlay(a.buffer(0), b.buffer(0), OverlayNG.SYMDIFFERENCE);
            } catch (RuntimeException second) {
                return GF.createGeometryCollection();
            }
        }
    }
}
