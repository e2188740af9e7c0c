package org.onemap.datasources.gpkg;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.spi.DataSourceException;
import org.onemap.core.spi.Transaction;

/**
 * Writes to one GeoPackage feature table inside one SQLite transaction. The file's single connection
 * is held (locked) from the first write to commit/rollback, so readers on other threads wait rather
 * than see half a transaction. The R-tree follows through the spec triggers; the layer extent in
 * {@code gpkg_contents} is widened on commit.
 */
final class GpkgTransaction implements Transaction {
    private final GpkgLayer layer;
    private final GeoPackage gpkg;
    private final Envelope touched = new Envelope();
    private boolean open;
    private boolean done;

    GpkgTransaction(GpkgLayer layer) {
        this.layer = layer;
        this.gpkg = layer.owner();
    }

    @Override
    public String insert(Feature f) {
        List<String> cols = new ArrayList<>();
        List<Object> vals = new ArrayList<>();
        if (f.id() != null) {
            cols.add(layer.idColumn());
            vals.add(numericId(f.id()));
        }
        cols.add(layer.geomColumn());
        vals.add(GpkgGeometry.encode(f.geometry(), layer.schema().srid()));
        for (FieldDef d : layer.schema().fields()) {
            cols.add(d.name());
            vals.add(GpkgColumns.toSql(f.get(d.name())));
        }
        String sql = GpkgTables.insert(layer.name(), cols);
        widen(f);
        return write(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, vals);
                ps.executeUpdate();
            }
            try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT last_insert_rowid()")) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    @Override
    public void update(Feature f) {
        if (f.id() == null) throw new DataSourceException("update needs a feature id");
        StringBuilder sql = new StringBuilder("UPDATE ").append(GpkgTables.quote(layer.name())).append(" SET ")
                .append(GpkgTables.quote(layer.geomColumn())).append(" = ?");
        List<Object> vals = new ArrayList<>();
        vals.add(GpkgGeometry.encode(f.geometry(), layer.schema().srid()));
        for (FieldDef d : layer.schema().fields()) {
            sql.append(", ").append(GpkgTables.quote(d.name())).append(" = ?");
            vals.add(GpkgColumns.toSql(f.get(d.name())));
        }
        sql.append(" WHERE ").append(GpkgTables.quote(layer.idColumn())).append(" = ?");
        vals.add(numericId(f.id()));
        widen(f);
        int n = write(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                bind(ps, vals);
                return ps.executeUpdate();
            }
        });
        if (n == 0) throw new DataSourceException("layer '" + layer.name() + "' has no feature " + f.id());
    }

    @Override
    public void delete(String id, long version) {
        int n = write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + GpkgTables.quote(layer.name())
                    + " WHERE " + GpkgTables.quote(layer.idColumn()) + " = ?")) {
                ps.setLong(1, numericId(id));
                return ps.executeUpdate();
            }
        });
        if (n == 0) throw new DataSourceException("layer '" + layer.name() + "' has no feature " + id);
    }

    @Override
    public void commit() {
        if (!open) {
            done = true;
            return;
        }
        try {
            gpkg.run(c -> {
                if (!touched.isNull()) GpkgTables.widenExtent(c, layer.name(), touched);
                c.commit();
                return null;
            });
        } finally {
            release();
        }
    }

    @Override
    public void rollback() {
        if (!open) {
            done = true;
            return;
        }
        try {
            gpkg.run(c -> {
                c.rollback();
                return null;
            });
        } finally {
            release();
        }
    }

    @Override
    public void close() {
        if (open) rollback();
    }

    private <T> T write(GeoPackage.SqlWork<T> work) {
        if (done) throw new IllegalStateException("transaction already finished");
        if (!open) {
            gpkg.lock();
            open = true;
        }
        return gpkg.run(work);
    }

    private void release() {
        open = false;
        done = true;
        gpkg.unlock();
    }

    private void widen(Feature f) {
        if (f.geometry() != null && !f.geometry().isEmpty()) touched.expandToInclude(f.geometry().getEnvelopeInternal());
    }

    private long numericId(String id) {
        try {
            return Long.parseLong(id.trim());
        } catch (NumberFormatException e) {
            throw new DataSourceException("GeoPackage feature ids are integers, got '" + id + "'");
        }
    }

    private static void bind(PreparedStatement ps, List<Object> vals) throws SQLException {
        for (int i = 0; i < vals.size(); i++) ps.setObject(i + 1, vals.get(i));
    }

}
