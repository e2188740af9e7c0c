package org.onemap.core.edit;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * The parcel-editing operations, one entry point for tools, topology fixes and tests. Every method
 * returns a valid polygonal geometry or throws {@link EditException} with a message for the planner;
 * inputs are never modified.
 *
 * <p>Robustness: overlays use JTS {@code OverlayNGRobust} (floating precision, then snapping noder,
 * then snap-rounding); results then pass through {@link ValidPolygons#repair} (as computed, then
 * {@code GeometryFixer}, then {@code buffer(0)}), and an edit that still has no valid area is rejected.
 * Coordinates are in the layer CRS; tolerances are in layer units.
 */
public final class ParcelEdits {
    private ParcelEdits() {}

    /** Pieces of {@code parcel} on either side of {@code line}, largest first; the line must cross it completely. */
    public static List<Polygon> split(Geometry parcel, LineString line) {
        return PolygonSplitter.split(parcel, line);
    }

    /** Union of parcels that form one connected group (sharing edges or overlapping); a single polygon. */
    public static Geometry merge(List<Geometry> parcels) {
        return SelectionMerger.merge(parcels);
    }

    /** {@code parcel} with its boundary redrawn along {@code line} between the line's crossings. */
    public static Geometry reshape(Geometry parcel, LineString line) {
        return PolygonReshaper.reshape(parcel, line);
    }

    /** {@code parcel} with {@code hole} cut out; the hole must lie strictly inside the parcel. */
    public static Geometry addHole(Geometry parcel, Geometry hole) {
        Geometry p = ValidPolygons.requirePolygonal(parcel, "Add hole");
        Geometry h = ValidPolygons.requirePolygonal(hole, "Add hole");
        if (!p.contains(h) || h.intersects(p.getBoundary())) {
            throw new EditException("A hole must lie strictly inside the parcel; use cut out for areas on its edge");
        }
        return ValidPolygons.repair(ValidPolygons.difference(p, h), "Add hole");
    }

    /** {@code parcel} minus {@code cutter} (e.g. a road cut out of farmland); fails if nothing would remain. */
    public static Geometry cutOut(Geometry parcel, Geometry cutter) {
        Geometry p = ValidPolygons.requirePolygonal(parcel, "Cut out");
        Geometry c = ValidPolygons.requirePolygonal(cutter, "Cut out");
        if (!p.intersects(c)) throw new EditException("Cut-out shape does not overlap the parcel");
        Geometry rest = ValidPolygons.difference(p, c);
        if (ValidPolygons.polygonalPart(rest).isEmpty()) throw new EditException("Cut out would remove the whole parcel");
        return ValidPolygons.repair(rest, "Cut out");
    }

    public static Geometry move(Geometry parcel, double dx, double dy) {
        return ParcelTransforms.move(parcel, dx, dy);
    }

    /** Rotation counter-clockwise about {@code pivot}; {@code lonLat} keeps shapes undistorted in degrees. */
    public static Geometry rotate(Geometry parcel, double degrees, Coordinate pivot, boolean lonLat) {
        return ParcelTransforms.rotate(parcel, degrees, pivot, lonLat);
    }

    /** Inserts a vertex on the boundary segment nearest to {@code at} (at its closest point). */
    public static Geometry insertVertex(Geometry parcel, Coordinate at) {
        return VertexEditor.insert(parcel, at);
    }

    /** Moves the vertex nearest to {@code vertex} to {@code to}; rejects moves that make the ring cross itself. */
    public static Geometry moveVertex(Geometry parcel, Coordinate vertex, Coordinate to) {
        return VertexEditor.move(parcel, vertex, to);
    }

    /** Deletes the vertex nearest to {@code vertex}; a ring keeps at least three corners. */
    public static Geometry deleteVertex(Geometry parcel, Coordinate vertex) {
        return VertexEditor.delete(parcel, vertex);
    }

    /** A polygon from a freehand trace: closed, repaired, then simplified with Douglas-Peucker at {@code tolerance}. */
    public static Geometry freehand(GeometryFactory gf, Coordinate[] trace, double tolerance) {
        return ParcelShapes.freehand(gf, trace, tolerance);
    }

    /** Axis-aligned rectangle between two opposite corners. */
    public static Geometry rectangle(GeometryFactory gf, Coordinate corner, Coordinate opposite) {
        return ParcelShapes.rectangle(gf, corner, opposite);
    }

    /** Any polygonal geometry made valid by the documented fallback chain. */
    public static Geometry repair(Geometry g) {
        return ValidPolygons.repair(g, "Repair");
    }
}
