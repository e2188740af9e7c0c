package org.onemap.datasources.h2gis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.DataSourceException;
import org.onemap.core.spi.FeatureStore;
import org.onemap.core.spi.Transaction;

/**
 * One workspace layer. Each call borrows its own pooled connection, so concurrent reads are safe;
 * the schema is the one read when the layer was looked up.
 */
final class H2gisLayer implements FeatureStore {
    private static final int FETCH_SIZE = 1000;

    private final H2gisWorkspace workspace;
    private final LayerTable table;

    H2gisLayer(H2gisWorkspace workspace, LayerTable table) {
        this.workspace = workspace;
        this.table = table;
    }

    @Override
    public LayerSchema schema() { return table.schema(); }

    @Override
    public long count(Query query) {
        QuerySql q = QuerySql.of(query, table);
        String sql = query.limit() > 0
                ? "SELECT COUNT(*) FROM (SELECT 1 FROM " + table.quotedTable() + q.where() + " LIMIT " + query.limit() + ")"
                : "SELECT COUNT(*) FROM " + table.quotedTable() + q.where();
        boolean boxOnly = query.bbox() != null && !query.bbox().isNull() && query.filters().isEmpty() && query.limit() == 0;
        return workspace.read("count features of layer " + name(), c -> {
            if (boxOnly) {
                long n = workspace.boundsCounts().count(c, table, query.bbox());
                if (n >= 0) return n;
            }
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                q.bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    @Override
    public void read(Query query, Consumer<Feature> sink) {
        QuerySql q = QuerySql.of(query, table);
        String sql = "SELECT " + FeatureRows.selectList(table) + " FROM " + table.quotedTable() + q.where() + " ORDER BY \"ID\""
                + (query.limit() > 0 ? " LIMIT " + query.limit() : "");
        workspace.read("read layer " + name(), c -> {
            lazy(c, true); // rows stream from the table instead of being collected first
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setFetchSize(FETCH_SIZE);
                q.bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) sink.accept(FeatureRows.read(rs, table));
                }
            } finally {
                lazy(c, false);
            }
            return null;
        });
    }

    /** In SQL ({@code SUM … GROUP BY}): no row's geometry is decoded. A field that is not a number sums as the default does. */
    @Override
    public java.util.Map<Object, Double> sumBy(Query query, String groupField, String sumField) {
        org.onemap.core.feature.FieldDef sum = table.field(sumField);
        if (sum == null || !sum.type().isNumber() || query.limit() > 0) {
            return FeatureStore.super.sumBy(query, groupField, sumField);
        }
        QuerySql q = QuerySql.of(query, table);
        String group = groupField == null ? "NULL" : table.column(groupField);
        String sql = "SELECT " + group + ", SUM(CAST(" + table.column(sumField) + " AS DOUBLE PRECISION)), COUNT(*) FROM " + table.quotedTable()
                + q.where() + (groupField == null ? "" : " GROUP BY " + group);
        return workspace.read("sum " + sumField + " of layer " + name(), c -> {
            java.util.Map<Object, Double> out = new java.util.LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                q.bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getLong(3) == 0) continue; // no features matched: no group, as the default gives
                        out.put(rs.getObject(1), rs.getDouble(2)); // all values null: 0, as the default
                    }
                }
            }
            return out;
        });
    }

    /** By primary key ({@code "ID" = ANY(?)}): what an edit session saved, without reading the layer. */
    @Override
    public java.util.List<Feature> byIds(java.util.Collection<String> ids) {
        java.util.List<Long> keys = new java.util.ArrayList<>();
        for (String id : ids) {
            try {
                keys.add(Long.parseLong(id.trim()));
            } catch (NumberFormatException | NullPointerException e) {
                // not an id of this store (e.g. a session's "new:…" id): it has no such feature
            }
        }
        java.util.List<Feature> out = new java.util.ArrayList<>();
        if (keys.isEmpty()) return out;
        String sql = "SELECT " + FeatureRows.selectList(table) + " FROM " + table.quotedTable() + " WHERE \"ID\" = ANY(?) ORDER BY \"ID\"";
        return workspace.read("read features of layer " + name() + " by id", c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setArray(1, c.createArrayOf("BIGINT", keys.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(FeatureRows.read(rs, table));
                }
            }
            return out;
        });
    }

    static void lazy(Connection c, boolean on) throws SQLException {
        // on the embedded session itself: a SET statement would clear every session's parsed-statement cache
        if (c instanceof JdbcConnection jc && jc.getSession() instanceof SessionLocal session) {
            session.setLazyQueryExecution(on);
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute("SET LAZY_QUERY_EXECUTION " + (on ? "TRUE" : "FALSE"));
        }
    }

    /** From the spatial index's bounds (H2 answers ENVELOPE by direct lookup), so cheap on big layers. */
    @Override
    public Envelope extent() {
        return workspace.read("compute the extent of layer " + name(), c -> extent(c, table.quotedTable()));
    }

    static Envelope extent(Connection c, String quotedTable) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT ENVELOPE(\"GEOM\") FROM " + quotedTable)) {
            Object g = rs.next() ? rs.getObject(1) : null;
            return g instanceof Geometry geom && !geom.isEmpty() ? geom.getEnvelopeInternal() : null;
        }
    }

    @Override
    public Transaction begin(String user) {
        if (workspace.readOnly()) {
            throw new DataSourceException("cannot edit layer " + name() + ": workspace " + workspace.folder() + " is opened read-only");
        }
        return new H2gisTransaction(workspace, table, user == null || user.isBlank() ? workspace.user() : user);
    }

    @Override
    public String toString() { return "h2gis layer " + name(); }
}
