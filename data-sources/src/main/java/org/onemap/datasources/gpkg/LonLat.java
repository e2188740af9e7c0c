package org.onemap.datasources.gpkg;

import org.locationtech.jts.geom.Envelope;
import org.onemap.core.crs.CoordinateTransform;
import org.onemap.core.crs.CrsRegistry;

/** Layer extents in lon/lat for the catalog: projected GeoPackage layers go through their EPSG code. */
final class LonLat {
    private LonLat() {}

    static Envelope of(Envelope e, int srid) {
        if (srid == 4326 || srid <= 0) return e;
        try {
            CoordinateTransform t = CoordinateTransform.between("EPSG:" + srid, CrsRegistry.WGS84);
            Envelope out = new Envelope();
            double[][] corners = {{e.getMinX(), e.getMinY()}, {e.getMinX(), e.getMaxY()}, {e.getMaxX(), e.getMinY()}, {e.getMaxX(), e.getMaxY()}};
            for (double[] p : corners) {
                double[] q = t.transform(p[0], p[1]);
                out.expandToInclude(q[0], q[1]);
            }
            return out;
        } catch (RuntimeException unsupported) {
            return e; // an SRS proj4j does not know: better the native extent than none
        }
    }
}
