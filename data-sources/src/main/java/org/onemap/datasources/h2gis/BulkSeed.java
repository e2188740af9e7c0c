package org.onemap.datasources.h2gis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.h2.jdbc.JdbcConnection;

/**
 * The one exception to per-row auditing: the first {@code insertAll} load of a brand-new layer (no
 * rows, no audit history when the transaction began), i.e. an import or the sample-data seed.
 * A per-row audit record there would double the cost of importing 20 000 – 1 000 000 features and tell
 * nothing the rows do not (every seeded row is at version 1 with its {@code updated_at/updated_by};
 * later edits are audited with their before image, so any past state can still be rebuilt). The seed
 * leaves one summary audit record ({@code op='insert'}, no feature id, {@code {"seeded": n}}).
 *
 * <p>Only a session registered here by an SPI transaction of this JVM is exempt, only for its inserts
 * into that one table and only while its {@code insertAll} runs; single inserts (a user drawing a
 * feature), updates, deletes and every SQL session are always audited row by row.
 */
final class BulkSeed {
    private static final Map<Object, Seed> ACTIVE = new ConcurrentHashMap<>();

    /** A running seed: the table and how many rows went in unaudited. */
    static final class Seed {
        final String table;
        long rows;

        Seed(String table) { this.table = table; }
    }

    private BulkSeed() {}

    /** True when the layer has no rows and no audit history: nothing can be lost by not auditing its first load. */
    static boolean brandNew(Connection c, LayerTable t) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT (SELECT COUNT(*) FROM " + t.quotedTable() + ") = 0 "
                + "AND NOT EXISTS (SELECT 1 FROM ONEMAP_AUDIT WHERE LAYER = ?)")) {
            ps.setString(1, t.name());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** Registers the session of {@code c} as seeding {@code table} (stored name); false when the driver is not H2's. */
    static boolean start(Connection c, String table) {
        Object session = session(c);
        if (session == null) return false;
        ACTIVE.put(session, new Seed(table));
        return true;
    }

    /** Called by the audit trigger for an insert: true (and counted) when it belongs to a running seed. */
    static boolean skip(Connection c, String table) {
        Object session = session(c);
        Seed s = session == null ? null : ACTIVE.get(session);
        if (s == null || !s.table.equals(table)) return false;
        s.rows++; // a session runs one statement at a time: no race on the count
        return true;
    }

    /** Ends the seed of the session of {@code c}; returns how many rows it inserted unaudited. */
    static long end(Connection c) {
        Object session = session(c);
        Seed s = session == null ? null : ACTIVE.remove(session);
        return s == null ? 0 : s.rows;
    }

    private static Object session(Connection c) {
        return c instanceof JdbcConnection jc ? jc.getSession() : null;
    }
}
