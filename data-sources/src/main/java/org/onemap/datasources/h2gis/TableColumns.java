package org.onemap.datasources.h2gis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A table's columns in storage order, as the triggers see a row ({@code Object[]} in the same order). */
record TableColumns(List<Column> columns) {
    /** One column: its stored identifier, user-facing name and SQL data type. */
    record Column(String stored, String name, String dataType, boolean nullable) {}

    static TableColumns read(Connection c, String schema, String table) throws SQLException {
        List<Column> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT COLUMN_NAME, DATA_TYPE, IS_NULLABLE FROM INFORMATION_SCHEMA.COLUMNS "
                + "WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION")) {
            ps.setString(1, schema);
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String stored = rs.getString(1);
                    out.add(new Column(stored, SqlNames.display(stored), rs.getString(2), "YES".equals(rs.getString(3))));
                }
            }
        }
        return new TableColumns(List.copyOf(out));
    }

    /** Position of the column with that user-facing name, or -1. */
    int indexOf(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) return i;
        }
        return -1;
    }

    int size() { return columns.size(); }
}
