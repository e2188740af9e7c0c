package org.onemap.datasources.h2gis;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.spi.DataSourceException;

/**
 * Makes a feature geometry fit its layer's column {@code GEOMETRY(<kind>, 4326)}: SRID 0 is taken to be
 * lon/lat, a single part goes into a multi layer as a one-part multi, and Z values are dropped (survey
 * shapefiles often carry PolygonZ; layers are 2D). Anything else is refused with the reason.
 */
final class StoredGeometry {
    private StoredGeometry() {}

    static Geometry fit(Geometry g, LayerSchema schema) {
        if (g == null) return null;
        if (g.getSRID() != 0 && g.getSRID() != LayerSchema.WGS84) {
            throw new DataSourceException("layer " + schema.name() + " stores lon/lat (EPSG:4326) but a geometry has SRID "
                    + g.getSRID() + ": transform it first");
        }
        Geometry out = promote(g, schema.geometryType());
        GeometryKind kind = GeometryKind.of(out);
        if (schema.geometryType() != GeometryKind.GEOMETRY && kind != schema.geometryType()) {
            throw new DataSourceException("layer " + schema.name() + " holds " + schema.geometryType().ogcName()
                    + " geometries; got " + g.getGeometryType());
        }
        boolean hasZ = hasZ(out);
        if (out.getSRID() == LayerSchema.WGS84 && !hasZ) return out;
        out = out.copy(); // never change the caller's geometry (promoted multis share its parts)
        if (hasZ) dropZ(out);
        out.setSRID(LayerSchema.WGS84);
        return out;
    }

    private static Geometry promote(Geometry g, GeometryKind layer) {
        var f = g.getFactory();
        if (layer == GeometryKind.MULTIPOLYGON && g instanceof Polygon p) return f.createMultiPolygon(new Polygon[] {p});
        if (layer == GeometryKind.MULTILINESTRING && g instanceof LineString l) return f.createMultiLineString(new LineString[] {l});
        if (layer == GeometryKind.MULTIPOINT && g instanceof Point p) return f.createMultiPoint(new Point[] {p});
        if (layer == GeometryKind.POLYGON && g instanceof MultiPolygon m && m.getNumGeometries() == 1) return m.getGeometryN(0);
        if (layer == GeometryKind.LINESTRING && g instanceof MultiLineString m && m.getNumGeometries() == 1) return m.getGeometryN(0);
        if (layer == GeometryKind.POINT && g instanceof MultiPoint m && m.getNumGeometries() == 1) return m.getGeometryN(0);
        return g;
    }

    private static boolean hasZ(Geometry g) {
        var c = g.getCoordinate();
        return c != null && !Double.isNaN(c.getZ());
    }

    private static void dropZ(Geometry g) {
        g.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                if (seq.hasZ()) seq.setOrdinate(i, CoordinateSequence.Z, Double.NaN);
            }

            @Override
            public boolean isDone() { return false; }

            @Override
            public boolean isGeometryChanged() { return true; }
        });
    }
}
