package org.onemap.dataimport.shapefile;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.Area;
import org.locationtech.jts.algorithm.RayCrossingCounter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * Rebuilds polygons from the flat ring list of a shapefile record. The spec says clockwise rings are
 * outer rings and counter-clockwise rings holes; each hole goes to the smallest outer ring containing
 * it. Files that break the rule still read: when a "hole" lies in no outer ring, the record's rings
 * are sorted out by nesting depth instead (even depth = outer ring).
 */
final class PolygonAssembler {
    private PolygonAssembler() {}

    static Geometry assemble(List<Coordinate[]> rings, GeometryFactory gf) {
        if (rings.size() == 1) return gf.createPolygon(rings.get(0)); // the common parcel: no analysis needed
        List<Ring> all = new ArrayList<>(rings.size());
        for (Coordinate[] c : rings) all.add(new Ring(c));
        List<Ring> shells = new ArrayList<>();
        List<Ring> holes = new ArrayList<>();
        for (Ring r : all) (r.clockwise ? shells : holes).add(r);
        if (!assignHoles(shells, holes)) {
            // orientation contradicts nesting (a writer that ignored the rule): even nesting depth = outer ring
            shells.clear();
            holes.clear();
            for (Ring r : all) {
                r.holes = null;
                int depth = 0;
                for (Ring other : all) {
                    if (other != r && other.contains(r)) depth++;
                }
                (depth % 2 == 0 ? shells : holes).add(r);
            }
            assignHoles(shells, holes);
        }
        Polygon[] polygons = new Polygon[shells.size()];
        for (int i = 0; i < polygons.length; i++) {
            Ring s = shells.get(i);
            LinearRing[] inner = s.holes == null ? new LinearRing[0]
                    : s.holes.stream().map(h -> gf.createLinearRing(h.coords)).toArray(LinearRing[]::new);
            polygons[i] = gf.createPolygon(gf.createLinearRing(s.coords), inner);
        }
        return polygons.length == 1 ? polygons[0] : gf.createMultiPolygon(polygons);
    }

    /** Gives each hole to the smallest outer ring containing it; false if some hole fits in none. */
    private static boolean assignHoles(List<Ring> shells, List<Ring> holes) {
        for (Ring hole : holes) {
            Ring owner = null;
            for (Ring shell : shells) {
                if ((owner == null || shell.area < owner.area) && shell.contains(hole)) owner = shell;
            }
            if (owner == null) return false;
            if (owner.holes == null) owner.holes = new ArrayList<>();
            owner.holes.add(hole);
        }
        return true;
    }

    private static final class Ring {
        final Coordinate[] coords;
        final Envelope env = new Envelope();
        final double area;
        final boolean clockwise;
        List<Ring> holes;

        Ring(Coordinate[] coords) {
            this.coords = coords;
            for (Coordinate c : coords) env.expandToInclude(c);
            double signed = Area.ofRingSigned(coords); // positive for clockwise rings
            this.area = Math.abs(signed);
            this.clockwise = signed > 0;
        }

        /** Whether {@code other} lies inside this ring: the first of its vertices not on this boundary decides. */
        boolean contains(Ring other) {
            if (!env.covers(other.env)) return false;
            for (Coordinate c : other.coords) {
                int loc = RayCrossingCounter.locatePointInRing(c, coords);
                if (loc != Location.BOUNDARY) return loc == Location.INTERIOR;
            }
            return true; // every vertex on the boundary: same ring traced twice, treat as inside
        }
    }
}
