package org.onemap.core.feature;

import org.locationtech.jts.geom.Geometry;

/** The geometry type a layer declares (OGC simple features names). */
public enum GeometryKind {
    POINT, LINESTRING, POLYGON, MULTIPOINT, MULTILINESTRING, MULTIPOLYGON, GEOMETRY;

    /** The OGC name, e.g. {@code MultiPolygon}, as printed by {@code onemap layers}. */
    public String ogcName() {
        return switch (this) {
            case POINT -> "Point";
            case LINESTRING -> "LineString";
            case POLYGON -> "Polygon";
            case MULTIPOINT -> "MultiPoint";
            case MULTILINESTRING -> "MultiLineString";
            case MULTIPOLYGON -> "MultiPolygon";
            case GEOMETRY -> "Geometry";
        };
    }

    /** Parses an OGC/SQL geometry type name case-insensitively; unknown names give {@link #GEOMETRY}. */
    public static GeometryKind parse(String name) {
        if (name == null) return GEOMETRY;
        String n = name.trim().toUpperCase(java.util.Locale.ROOT).replace("_", "").replace(" ", "");
        for (GeometryKind k : values()) {
            if (k.name().equals(n)) return k;
        }
        return GEOMETRY;
    }

    public static GeometryKind of(Geometry g) {
        return g == null ? GEOMETRY : parse(g.getGeometryType());
    }

    public boolean isPolygonal() {
        return this == POLYGON || this == MULTIPOLYGON;
    }

    public boolean isLineal() {
        return this == LINESTRING || this == MULTILINESTRING;
    }

    public boolean isPuntal() {
        return this == POINT || this == MULTIPOINT;
    }
}
