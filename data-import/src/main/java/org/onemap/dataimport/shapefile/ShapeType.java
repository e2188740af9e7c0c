package org.onemap.dataimport.shapefile;

import org.onemap.core.feature.GeometryKind;

/**
 * The shape types of the ESRI Shapefile Technical Description (1998). OneMap reads all of them except
 * MultiPatch, dropping Z and M; it writes the four 2D types.
 */
public enum ShapeType {
    NULL(0), POINT(1), POLYLINE(3), POLYGON(5), MULTIPOINT(8),
    POINTZ(11), POLYLINEZ(13), POLYGONZ(15), MULTIPOINTZ(18),
    POINTM(21), POLYLINEM(23), POLYGONM(25), MULTIPOINTM(28),
    MULTIPATCH(31);

    private final int code;

    ShapeType(int code) { this.code = code; }

    /** The integer stored in the file header and in each record. */
    public int code() { return code; }

    /** The type for a stored code. */
    public static ShapeType ofCode(int code) {
        for (ShapeType t : values()) {
            if (t.code == code) return t;
        }
        throw new IllegalArgumentException("unknown shape type " + code);
    }

    /** The 2D type with the same geometry (PolygonZ → Polygon); NULL and MULTIPATCH stay as they are. */
    public ShapeType flat() {
        return switch (this) {
            case POINTZ, POINTM -> POINT;
            case POLYLINEZ, POLYLINEM -> POLYLINE;
            case POLYGONZ, POLYGONM -> POLYGON;
            case MULTIPOINTZ, MULTIPOINTM -> MULTIPOINT;
            default -> this;
        };
    }

    /** The layer geometry kind a reader reports: polylines and polygons may be multi-part, so MULTI*. */
    public GeometryKind geometryKind() {
        return switch (flat()) {
            case POINT -> GeometryKind.POINT;
            case MULTIPOINT -> GeometryKind.MULTIPOINT;
            case POLYLINE -> GeometryKind.MULTILINESTRING;
            case POLYGON -> GeometryKind.MULTIPOLYGON;
            default -> GeometryKind.GEOMETRY;
        };
    }

    /** The 2D type that can hold geometries of the given kind, for writers. */
    public static ShapeType forKind(GeometryKind kind) {
        return switch (kind) {
            case POINT -> POINT;
            case MULTIPOINT -> MULTIPOINT;
            case LINESTRING, MULTILINESTRING -> POLYLINE;
            case POLYGON, MULTIPOLYGON -> POLYGON;
            case GEOMETRY -> throw new IllegalArgumentException(
                    "a shapefile holds one geometry type; mixed GEOMETRY layers must be split by type");
        };
    }
}
