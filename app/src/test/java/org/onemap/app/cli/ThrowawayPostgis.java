package org.onemap.app.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A throw-away PostGIS database {@code onemap_it_<random>} on the test server (127.0.0.1:5432, trust
 * auth, or {@code ONEMAP_TEST_PG_HOSTPORT}), dropped on close. Skips the test when no server answers,
 * fails instead when {@code CI=true}.
 */
public final class ThrowawayPostgis implements AutoCloseable {
    private static final String HOSTPORT = System.getenv().getOrDefault("ONEMAP_TEST_PG_HOSTPORT", "127.0.0.1:5432");
    final String name;

    private ThrowawayPostgis(String name) {
        this.name = name;
    }

    public static ThrowawayPostgis create() {
        String name = "onemap_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            unavailable("no PostgreSQL at " + HOSTPORT + ": " + e.getMessage());
        }
        try (Connection c = connect(name); Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION postgis");
        } catch (SQLException e) {
            new ThrowawayPostgis(name).close();
            unavailable("PostGIS is not installed at " + HOSTPORT + " (postgresql-15-postgis-3): " + e.getMessage());
        }
        return new ThrowawayPostgis(name);
    }

    /** {@code postgresql://host:port/db}, what {@code onemap sync --remote} takes. */
    public String url() { return "postgresql://" + HOSTPORT + "/" + name; }

    /** Host, port and database apart, as the connection dialog asks for them. */
    public String host() { return HOSTPORT.substring(0, HOSTPORT.lastIndexOf(':')); }

    public int port() { return Integer.parseInt(HOSTPORT.substring(HOSTPORT.lastIndexOf(':') + 1)); }

    public String database() { return name; }

    public Connection connect() throws SQLException { return connect(name); }

    private static Connection connect(String db) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        p.setProperty("connectTimeout", "5");
        return DriverManager.getConnection("jdbc:postgresql://" + HOSTPORT + "/" + db, p);
    }

    private static void unavailable(String why) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) Assertions.fail(why + " (CI=true: server tests must run)");
        Assumptions.abort(why + " — skipping server test (set CI=true to make this a failure)");
    }

    @Override
    public void close() {
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException ignored) {
            // a leftover onemap_it_* database is harmless
        }
    }
}
