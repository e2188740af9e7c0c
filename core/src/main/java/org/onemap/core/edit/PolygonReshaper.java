package org.onemap.core.edit;

import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Reshapes a polygon with a line drawn across its boundary, like QGIS "reshape features": faces the
 * line encloses outside the parcel are added; when the line cuts inside, the larger inner piece is kept.
 */
final class PolygonReshaper {
    private PolygonReshaper() {}

    static Geometry reshape(Geometry parcel, LineString line) {
        Geometry polygon = ValidPolygons.requirePolygonal(parcel, "Reshape");
        if (line.intersection(polygon.getBoundary()).getNumPoints() < 2) {
            throw new EditException("Reshape line must cross the parcel boundary at least twice");
        }
        List<Polygon> faces = PolygonSplitter.faces(polygon, line);
        Polygon largestInside = null;
        for (Polygon face : faces) {
            if (polygon.contains(face.getInteriorPoint())
                    && (largestInside == null || face.getArea() > largestInside.getArea())) {
                largestInside = face;
            }
        }
        if (largestInside == null) throw new EditException("Reshape line does not form a closed area with the parcel");
        Geometry result = largestInside;
        for (Polygon face : faces) {
            // outer faces bounded by the line and the parcel's edge are the area the planner added
            if (!polygon.contains(face.getInteriorPoint()) && face.intersects(polygon)) {
                result = ValidPolygons.union(result, face);
            }
        }
        Geometry valid = ValidPolygons.repair(result, "Reshape");
        if (valid.equalsTopo(polygon)) throw new EditException("Reshape line does not change the parcel");
        return valid;
    }
}
