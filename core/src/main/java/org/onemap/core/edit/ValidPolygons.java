package org.onemap.core.edit;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Makes every edit result a valid, non-empty polygonal geometry or fails with {@link EditException}.
 *
 * <p>Fallback chain of {@link #repair}: (1) the geometry as computed if valid; (2) JTS
 * {@link GeometryFixer} (keeps collapsed parts out); (3) {@code buffer(0)}; otherwise the edit is
 * rejected. Overlays go through {@link OverlayNGRobust}, which itself falls back from floating
 * precision to snapping noding and finally snap-rounding, so a robustness failure never reaches the user.
 */
public final class ValidPolygons {
    private ValidPolygons() {}

    /** The polygonal parts of {@code g}, made valid by the fallback chain; {@code operation} names the edit in errors. */
    public static Geometry repair(Geometry g, String operation) {
        Geometry polygonal = polygonalPart(g);
        if (!polygonal.isEmpty() && polygonal.isValid()) return polygonal;
        Geometry fixed = polygonalPart(GeometryFixer.fix(polygonal, false));
        if (!fixed.isEmpty() && fixed.isValid()) return fixed;
        Geometry buffered = polygonalPart(polygonal.buffer(0));
        if (!buffered.isEmpty() && buffered.isValid()) return buffered;
        throw new EditException(operation + " produced no valid area (the result collapsed or self-intersects"
                + " beyond repair); redraw the input line or polygon");
    }

    /** Requires a polygonal input, repairing it when needed. */
    public static Geometry requirePolygonal(Geometry g, String operation) {
        if (g == null || g.isEmpty()) throw new EditException(operation + " needs a parcel, got an empty geometry");
        if (!(g instanceof Polygonal)) {
            throw new EditException(operation + " needs a polygon parcel, got " + g.getGeometryType());
        }
        return repair(g, operation);
    }

    static Geometry union(Geometry a, Geometry b) {
        return OverlayNGRobust.overlay(a, b, OverlayNG.UNION);
    }

    static Geometry difference(Geometry a, Geometry b) {
        return OverlayNGRobust.overlay(a, b, OverlayNG.DIFFERENCE);
    }

    static Geometry intersection(Geometry a, Geometry b) {
        return OverlayNGRobust.overlay(a, b, OverlayNG.INTERSECTION);
    }

    /** Polygon or MultiPolygon of the polygon parts of any geometry (lines and points dropped). */
    public static Geometry polygonalPart(Geometry g) {
        GeometryFactory gf = g.getFactory();
        if (g instanceof Polygonal) return g;
        @SuppressWarnings("unchecked")
        List<Polygon> polys = new ArrayList<>(PolygonExtracter.getPolygons(g));
        polys.removeIf(Geometry::isEmpty);
        if (polys.size() == 1) return polys.get(0);
        return gf.createMultiPolygon(polys.toArray(Polygon[]::new));
    }
}
