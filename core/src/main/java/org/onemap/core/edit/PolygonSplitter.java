package org.onemap.core.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.polygonize.Polygonizer;

/** Splits a polygon along a line: the faces formed by its boundary and the line that lie inside it. */
final class PolygonSplitter {
    private PolygonSplitter() {}

    static List<Polygon> split(Geometry parcel, LineString line) {
        Geometry polygon = ValidPolygons.requirePolygonal(parcel, "Split");
        List<Polygon> pieces = new ArrayList<>();
        for (Polygon face : faces(polygon, line)) {
            if (polygon.contains(face.getInteriorPoint())) pieces.add(face);
        }
        if (pieces.size() < 2) {
            throw new EditException("Split line must cross the parcel completely (enter and leave its boundary)");
        }
        pieces.sort((a, b) -> Double.compare(b.getArea(), a.getArea()));
        return pieces;
    }

    /** All closed faces of the noded union of the polygon boundary and the line (dangling ends dropped). */
    static List<Polygon> faces(Geometry polygon, LineString line) {
        Geometry noded = ValidPolygons.union(polygon.getBoundary(), line);
        Polygonizer polygonizer = new Polygonizer();
        polygonizer.add(noded);
        @SuppressWarnings("unchecked")
        Collection<Polygon> faces = polygonizer.getPolygons();
        return new ArrayList<>(faces);
    }
}
