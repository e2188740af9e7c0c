package org.onemap.datasources.postgis;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.onemap.datasources.ServerTests;

/**
 * A throw-away database on the test PostgreSQL server ({@code ONEMAP_TEST_PG}, default
 * {@code postgresql://127.0.0.1:5432/postgres}, trust auth): {@code onemap_it_<random>} with PostGIS,
 * dropped on close. Without a reachable server the test is skipped, unless {@code CI=true}, where it fails.
 */
public final class ThrowawayDatabase implements AutoCloseable {
    private static final PostgisAddress SERVER = PostgisAddress.parse(
            System.getenv().getOrDefault("ONEMAP_TEST_PG", "postgresql://127.0.0.1:5432/postgres"));

    private final PostgisAddress address;

    private ThrowawayDatabase(PostgisAddress address) {
        this.address = address;
    }

    public static ThrowawayDatabase create() {
        String name = "onemap_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            ServerTests.unavailable("cannot create a test database on " + SERVER.url() + ": " + e.getMessage());
        }
        PostgisAddress a = SERVER.withDatabase(name);
        try (Connection c = DriverManager.getConnection(a.jdbcUrl(), a.jdbcProperties()); Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION postgis");
        } catch (SQLException e) {
            drop(name);
            ServerTests.unavailable("PostGIS is not installed on " + SERVER.url() + " (apt-get install postgresql-15-postgis-3): " + e.getMessage());
        }
        return new ThrowawayDatabase(a);
    }

    private static Connection admin() throws SQLException {
        return DriverManager.getConnection(SERVER.jdbcUrl(), SERVER.jdbcProperties());
    }

    public PostgisAddress address() { return address; }

    /** Host, port and database apart, as the connection dialog asks for them. */
    public String host() { return address.host(); }

    public int port() { return address.port(); }

    public String database() { return address.database(); }

    /** A JDBC connection to the database, as the server's superuser. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(address.jdbcUrl(), address.jdbcProperties());
    }

    /** {@code postgresql://host:port/db}, as users type it. */
    public String url() { return address.url(); }

    public PostgisDatabase open(String user) {
        return PostgisDatabase.open(address, user);
    }

    @Override
    public void close() {
        drop(address.database());
    }

    private static void drop(String name) {
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException ignored) {
            // a leftover onemap_it_* database is harmless; the next run makes a new name
        }
    }
}
