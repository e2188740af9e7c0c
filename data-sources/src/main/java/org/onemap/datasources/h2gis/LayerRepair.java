package org.onemap.datasources.h2gis;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Run when a workspace is opened for writing: every layer table gets back its stamp and audit triggers
 * and a spatial index on each geometry column, should SQL have added a geometry column or a tool
 * without OneMap have dropped something. Two catalog queries when all is well.
 */
final class LayerRepair {
    private LayerRepair() {}

    static void run(Connection c) throws SQLException {
        List<String[]> unindexed = new ArrayList<>();
        List<String> untriggered = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT C.TABLE_NAME, C.COLUMN_NAME FROM ONEMAP_LAYER L "
                    + "JOIN INFORMATION_SCHEMA.COLUMNS C ON C.TABLE_SCHEMA = 'PUBLIC' AND C.TABLE_NAME = UPPER(L.NAME) "
                    + "WHERE C.DATA_TYPE = 'GEOMETRY' AND NOT EXISTS (SELECT 1 FROM INFORMATION_SCHEMA.INDEXES I "
                    + "JOIN INFORMATION_SCHEMA.INDEX_COLUMNS IC ON IC.INDEX_SCHEMA = I.INDEX_SCHEMA AND IC.INDEX_NAME = I.INDEX_NAME "
                    + "WHERE I.TABLE_SCHEMA = 'PUBLIC' AND I.TABLE_NAME = C.TABLE_NAME AND IC.COLUMN_NAME = C.COLUMN_NAME "
                    + "AND I.INDEX_TYPE_NAME = 'SPATIAL INDEX')")) {
                while (rs.next()) unindexed.add(new String[] {rs.getString(1), rs.getString(2)});
            }
            try (ResultSet rs = s.executeQuery("SELECT T.TABLE_NAME FROM ONEMAP_LAYER L JOIN INFORMATION_SCHEMA.TABLES T "
                    + "ON T.TABLE_SCHEMA = 'PUBLIC' AND T.TABLE_NAME = UPPER(L.NAME) WHERE (SELECT COUNT(DISTINCT TRIGGER_NAME) "
                    + "FROM INFORMATION_SCHEMA.TRIGGERS G WHERE G.EVENT_OBJECT_SCHEMA = 'PUBLIC' AND G.EVENT_OBJECT_TABLE = T.TABLE_NAME "
                    + "AND G.TRIGGER_NAME IN (T.TABLE_NAME || '" + NewLayer.STAMP_TRIGGER + "', T.TABLE_NAME || '"
                    + NewLayer.AUDIT_TRIGGER + "')) < 2")) {
                while (rs.next()) untriggered.add(rs.getString(1));
            }
            for (String[] col : unindexed) NewLayer.spatialIndex(s, col[0], col[1]);
            for (String table : untriggered) NewLayer.triggers(s, table);
        }
    }
}
