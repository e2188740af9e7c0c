package org.onemap.datasources.h2gis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.value.Value;
import org.h2.value.ValueNull;

/**
 * The OneMap user of a database session, kept in the H2 session variable {@code @onemap_user} so the
 * triggers can stamp and audit writes made through any path, raw SQL included.
 */
final class SessionUser {
    static final String VARIABLE = "@onemap_user";
    private static final String NAME = "ONEMAP_USER"; // as H2 stores the variable name

    private SessionUser() {}

    /** Sets the user on a connection before it is handed out. */
    static void set(Connection c, String user) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SET " + VARIABLE + " = ?")) {
            ps.setString(1, user);
            ps.execute();
        }
    }

    /**
     * The user of the session that owns {@code c}; the operating-system user when the variable is not
     * set (a session opened by another tool that still has OneMap's triggers on its classpath).
     */
    static String of(Connection c) throws SQLException {
        // fast path: triggers fire once per row, and a SELECT per row doubles the cost of a bulk load
        if (c instanceof JdbcConnection jc && jc.getSession() instanceof SessionLocal session) {
            Value v = session.getVariable(NAME);
            if (v != null && v != ValueNull.INSTANCE) return v.getString();
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT " + VARIABLE)) {
            String u = rs.next() ? rs.getString(1) : null;
            return u != null ? u : System.getProperty("user.name", "unknown");
        }
    }
}
