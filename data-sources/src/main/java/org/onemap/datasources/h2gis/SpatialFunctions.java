package org.onemap.datasources.h2gis;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2gis.functions.factory.H2GISFunctions;

/**
 * The H2GIS SQL functions of a workspace. Registering them takes seconds, but the aliases are stored
 * in the database file, so they are registered once when the workspace is created and later opens
 * only check that they are there.
 */
final class SpatialFunctions {
    private static final String[] MARKERS = {"ST_MAKEENVELOPE", "ST_INTERSECTS", "ST_AREA", "ST_TRANSFORM"};

    private SpatialFunctions() {}

    static boolean loaded(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT COUNT(DISTINCT ROUTINE_NAME) FROM INFORMATION_SCHEMA.ROUTINES WHERE ROUTINE_SCHEMA = 'PUBLIC' "
                        + "AND ROUTINE_NAME IN ('" + String.join("', '", MARKERS) + "')")) {
            return rs.next() && rs.getInt(1) == MARKERS.length;
        }
    }

    static void ensureLoaded(Connection c) throws SQLException {
        if (!loaded(c)) H2GISFunctions.load(c);
    }
}
