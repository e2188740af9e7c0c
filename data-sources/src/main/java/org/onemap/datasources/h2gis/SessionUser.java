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
import org.h2.value.ValueVarchar;

/**
 * The OneMap user of a database session, kept in the H2 session variable {@code @onemap_user} so the
 * triggers can stamp and audit writes made through any path, raw SQL included.
 */
final class SessionUser {
    static final String VARIABLE = "@onemap_user";
    private static final String NAME = "ONEMAP_USER"; // as H2 stores the variable name
    /** Set on sessions of the sync engine: their writes carry versions and stamps from the remote. */
    static final String SYNC_VARIABLE = "@onemap_sync";
    private static final String SYNC_NAME = "ONEMAP_SYNC";

    private SessionUser() {}

    /** Sets the user on a connection before it is handed out. */
    static void set(Connection c, String user) throws SQLException {
        // on the embedded session itself: H2 takes any SET statement for a schema change and clears every
        // session's cache of parsed statements, so a SET per borrowed connection made each query parse again
        if (c instanceof JdbcConnection jc && jc.getSession() instanceof SessionLocal session) {
            session.setVariable(NAME, user == null ? ValueNull.INSTANCE : ValueVarchar.get(user));
            return;
        }
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

    /** Marks a session as the sync engine's: the stamp trigger keeps the versions and stamps it writes. */
    static void markSync(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET " + SYNC_VARIABLE + " = TRUE");
        }
    }

    /** True for a session marked by {@link #markSync}; cheap, as the stamp trigger asks once per row. */
    static boolean isSync(Connection c) throws SQLException {
        if (c instanceof JdbcConnection jc && jc.getSession() instanceof SessionLocal session) {
            Value v = session.getVariable(SYNC_NAME);
            return v != null && v != ValueNull.INSTANCE && v.getBoolean();
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT " + SYNC_VARIABLE)) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /** {@code c} whose {@code close()} first clears the sync mark, so the pooled session is normal again. */
    static Connection unmarkOnClose(Connection c) {
        return (Connection) java.lang.reflect.Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0 && !c.isClosed()) {
                        try (Statement s = c.createStatement()) {
                            s.execute("SET " + SYNC_VARIABLE + " = NULL");
                        } catch (SQLException ignored) {
                            // a broken session is discarded by the pool anyway
                        }
                    }
                    try {
                        return method.invoke(c, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
