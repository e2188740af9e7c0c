package org.onemap.datasources.postgis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.spi.DataSourceException;
import org.onemap.core.spi.Transaction;
import org.onemap.core.spi.VersionConflictException;

/** Writes to one PostGIS layer in one database transaction, versions checked (optimistic locking). */
final class PostgisTransaction implements Transaction {
    private final PostgisDatabase db;
    private final LayerSchema schema;
    private final String table;
    private final String user;
    private Connection c;
    private boolean done;

    PostgisTransaction(PostgisDatabase db, LayerSchema schema, String table, String user) {
        this.db = db;
        this.schema = schema;
        this.table = table;
        this.user = user;
    }

    private Connection c() throws SQLException {
        if (done) throw new DataSourceException("transaction on " + schema.name() + " is already finished");
        if (c == null) {
            c = db.connection();
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("SELECT set_config('" + PostgisCatalog.USER_SETTING + "', ?, true)")) {
                ps.setString(1, user);
                ps.execute();
            }
        }
        return c;
    }

    @Override
    public String insert(Feature f) {
        StringBuilder cols = new StringBuilder("geom");
        StringBuilder vals = new StringBuilder("ST_GeomFromWKB(?, 4326)");
        if (f.id() != null) {
            cols.append(", id");
            vals.append(", ?");
        }
        for (FieldDef d : schema.fields()) {
            cols.append(", ").append(PostgisValues.quote(d.name()));
            vals.append(", ?");
        }
        String sql = "INSERT INTO " + table + "(" + cols + ") VALUES (" + vals + ") RETURNING id";
        try (PreparedStatement ps = c().prepareStatement(sql)) {
            int i = 1;
            PostgisValues.bindGeometry(ps, i++, f.geometry());
            if (f.id() != null) ps.setString(i++, f.id());
            for (FieldDef d : schema.fields()) PostgisValues.bind(ps, i++, f.get(d.name()), d.type());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw db.failure("insert into " + schema.name(), e);
        }
    }

    @Override
    public void update(Feature f) {
        StringBuilder set = new StringBuilder("geom = ST_GeomFromWKB(?, 4326)");
        for (FieldDef d : schema.fields()) set.append(", ").append(PostgisValues.quote(d.name())).append(" = ?");
        try (PreparedStatement ps = c().prepareStatement("UPDATE " + table + " SET " + set + " WHERE id = ? AND version = ?")) {
            int i = 1;
            PostgisValues.bindGeometry(ps, i++, f.geometry());
            for (FieldDef d : schema.fields()) PostgisValues.bind(ps, i++, f.get(d.name()), d.type());
            ps.setString(i++, f.id());
            ps.setLong(i, f.version());
            if (ps.executeUpdate() == 0) throw conflict(f.id(), f.version());
        } catch (SQLException e) {
            throw db.failure("update " + schema.name() + "/" + f.id(), e);
        }
    }

    @Override
    public void delete(String id, long version) {
        try (PreparedStatement ps = c().prepareStatement("DELETE FROM " + table + " WHERE id = ? AND version = ?")) {
            ps.setString(1, id);
            ps.setLong(2, version);
            if (ps.executeUpdate() == 0) throw conflict(id, version);
        } catch (SQLException e) {
            throw db.failure("delete " + schema.name() + "/" + id, e);
        }
    }

    private DataSourceException conflict(String id, long expected) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT version FROM " + table + " WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return new DataSourceException("feature " + schema.name() + "/" + id + " does not exist (deleted by someone else?)");
                return new VersionConflictException(schema.name(), id, expected, rs.getLong(1));
            }
        }
    }

    @Override
    public void commit() {
        try {
            if (c != null) c.commit();
        } catch (SQLException e) {
            throw db.failure("commit to " + schema.name(), e);
        } finally {
            finish();
        }
    }

    @Override
    public void rollback() {
        try {
            if (c != null) c.rollback();
        } catch (SQLException ignored) {
            // the connection is closed next; PostgreSQL rolls back an unfinished transaction itself
        } finally {
            finish();
        }
    }

    @Override
    public void close() {
        if (!done) rollback();
    }

    private void finish() {
        done = true;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // nothing left to undo
            }
            c = null;
        }
    }
}
