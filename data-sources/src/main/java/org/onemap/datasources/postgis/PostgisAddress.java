package org.onemap.datasources.postgis;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Properties;
import org.onemap.core.spi.DataSourceException;

/**
 * Where a PostGIS database is and who connects: host, port, database, user, password and the schema
 * holding the layers. The password lives only in memory ({@link #toString()} never shows it); OneMap
 * persists it only through {@link org.onemap.datasources.secrets.EncryptedSecretStore}, under {@link #secretName()}.
 */
public record PostgisAddress(String host, int port, String database, String user, String password, String schema) {
    public static final int DEFAULT_PORT = 5432;

    public PostgisAddress {
        if (host == null || host.isBlank()) throw new DataSourceException("PostGIS address needs a host");
        if (database == null || database.isBlank()) throw new DataSourceException("PostGIS address needs a database name");
        if (port <= 0 || port > 65535) throw new DataSourceException("PostGIS port must be 1–65535, got " + port);
        if (user == null || user.isBlank()) user = "postgres";
        if (schema == null || schema.isBlank()) schema = "public";
        if (!schema.matches("[a-z_][a-z0-9_]{0,62}")) throw new DataSourceException("invalid PostGIS schema name '" + schema + "'");
    }

    /**
     * Parses {@code postgresql://[user[:password]@]host[:port]/database} (also {@code postgres://} and
     * {@code jdbc:postgresql://}).
     */
    public static PostgisAddress parse(String url) {
        String s = url == null ? "" : url.trim();
        if (s.startsWith("jdbc:")) s = s.substring(5);
        if (!s.startsWith("postgresql://") && !s.startsWith("postgres://")) {
            throw new DataSourceException("remote '" + url + "' is not a PostgreSQL address: use postgresql://HOST[:PORT]/DATABASE");
        }
        try {
            URI u = new URI(s);
            String path = u.getPath() == null ? "" : u.getPath().replaceFirst("^/", "");
            if (u.getHost() == null || path.isBlank()) {
                throw new DataSourceException("remote '" + url + "' lacks a host or database: use postgresql://HOST[:PORT]/DATABASE");
            }
            String user = null;
            String password = null;
            if (u.getUserInfo() != null) {
                String[] up = u.getUserInfo().split(":", 2);
                user = up[0];
                password = up.length > 1 ? up[1] : null;
            }
            return new PostgisAddress(u.getHost(), u.getPort() < 0 ? DEFAULT_PORT : u.getPort(), path, user, password, null);
        } catch (URISyntaxException e) {
            throw new DataSourceException("remote '" + url + "' is not a valid address: " + e.getMessage(), e);
        }
    }

    /** The same server and user, another database (tests create their own). */
    public PostgisAddress withDatabase(String other) {
        return new PostgisAddress(host, port, other, user, password, schema);
    }

    /** {@code postgresql://host:port/database}: what users typed, without credentials. */
    public String url() {
        return "postgresql://" + host + ":" + port + "/" + database;
    }

    /** The name this login's password is kept under in a secret store: {@code postgresql://user@host:port/db}. */
    public String secretName() {
        return "postgresql://" + user + "@" + host + ":" + port + "/" + database;
    }

    String jdbcUrl() {
        return "jdbc:" + url();
    }

    Properties jdbcProperties() {
        Properties p = new Properties();
        p.setProperty("user", user);
        if (password != null) p.setProperty("password", password);
        p.setProperty("connectTimeout", "5");
        p.setProperty("ApplicationName", "OneMap");
        return p;
    }

    @Override
    public String toString() {
        return url() + " as " + user + (password != null ? " (password given)" : "");
    }
}
