package org.onemap.dataimport.export;

import org.locationtech.jts.geom.Geometry;
import org.onemap.core.crs.CoordinateTransform;
import org.onemap.core.feature.LayerSchema;

/** Brings a layer's geometries to WGS 84 lon/lat, the CRS every export format here is written in. */
final class Wgs84 {
    private final CoordinateTransform transform;

    Wgs84(LayerSchema schema) {
        // workspace layers are stored in 4326 (DESIGN.md); 0 means "unknown", written as is
        int srid = schema.srid();
        this.transform = srid == LayerSchema.WGS84 || srid <= 0 ? null
                : CoordinateTransform.between("EPSG:" + srid, "EPSG:" + LayerSchema.WGS84);
    }

    Geometry apply(Geometry g) {
        return g == null || transform == null || transform.isIdentity() ? g : transform.transform(g);
    }
}
