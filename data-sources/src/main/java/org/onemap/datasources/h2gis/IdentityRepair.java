package org.onemap.datasources.h2gis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * H2 does not advance an identity column when a row is inserted with an explicit id (a replica copying
 * ids, SQL {@code INSERT … (id, …)}), so the next generated id could collide. Moves the identity past
 * the largest id. ALTER commits, so it runs only outside a transaction's pending work. Never moves it
 * back: ids of deleted features are not reused, which keeps the audit history unambiguous.
 */
final class IdentityRepair {
    private IdentityRepair() {}

    /** @param knownMax the largest id just written, or 0 to look it up */
    static void run(Connection c, String quotedTable, String table, long knownMax) throws SQLException {
        long max = knownMax;
        if (max <= 0) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(\"ID\") FROM " + quotedTable)) {
                max = rs.next() ? rs.getLong(1) : 0;
            }
            if (max <= 0) return;
        }
        long next;
        try (PreparedStatement ps = c.prepareStatement("SELECT IDENTITY_BASE FROM INFORMATION_SCHEMA.COLUMNS "
                + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ? AND COLUMN_NAME = 'ID'")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return;
                next = rs.getLong(1);
            }
        }
        if (next > max) return;
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE " + quotedTable + " ALTER COLUMN \"ID\" RESTART WITH " + (max + 1));
        }
    }
}
