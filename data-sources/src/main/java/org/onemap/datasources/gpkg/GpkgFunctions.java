package org.onemap.datasources.gpkg;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.ToDoubleFunction;
import org.locationtech.jts.geom.Envelope;
import org.sqlite.Function;

/**
 * The SQL functions the GeoPackage R-tree triggers call ({@code ST_MinX … ST_MaxY}, {@code ST_IsEmpty},
 * spec Annex F.3). SQLite has none built in; GDAL and SpatiaLite register their own, so every
 * connection that writes a feature table must register these first or the triggers fail.
 */
public final class GpkgFunctions {
    private GpkgFunctions() {}

    public static void register(Connection c) throws SQLException {
        bound(c, "ST_MinX", Envelope::getMinX);
        bound(c, "ST_MaxX", Envelope::getMaxX);
        bound(c, "ST_MinY", Envelope::getMinY);
        bound(c, "ST_MaxY", Envelope::getMaxY);
        Function.create(c, "ST_IsEmpty", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                byte[] blob = value_blob(0);
                if (blob == null) result();
                else result(GpkgGeometry.envelope(blob) == null ? 1 : 0);
            }
        }, 1, Function.FLAG_DETERMINISTIC);
    }

    private static void bound(Connection c, String name, ToDoubleFunction<Envelope> pick) throws SQLException {
        Function.create(c, name, new Function() {
            @Override
            protected void xFunc() throws SQLException {
                byte[] blob = value_blob(0);
                Envelope e = blob == null ? null : GpkgGeometry.envelope(blob);
                if (e == null) result();
                else result(pick.applyAsDouble(e));
            }
        }, 1, Function.FLAG_DETERMINISTIC);
    }
}
