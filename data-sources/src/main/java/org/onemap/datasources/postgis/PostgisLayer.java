package org.onemap.datasources.postgis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.feature.AttributeFilter;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.DataSourceException;
import org.onemap.core.spi.FeatureStore;
import org.onemap.core.spi.Transaction;
import org.onemap.datasources.sql.FilterSql;

/** One PostGIS layer table: reads with bbox (GiST {@code &&}) and attribute filters, writes through {@link PostgisTransaction}. */
final class PostgisLayer implements FeatureStore {
    private final PostgisDatabase db;
    private final LayerSchema schema;
    private final String table;
    private final FilterSql filterSql = new FilterSql(this::column, PostgisLayer::bindable);

    PostgisLayer(PostgisDatabase db, LayerSchema schema) {
        this.db = db;
        this.schema = schema;
        this.table = db.schema() + "." + schema.name();
    }

    @Override
    public LayerSchema schema() { return schema; }

    @Override
    public long count(Query query) {
        List<Object> args = new ArrayList<>();
        String where = where(query, args);
        String sql = query.limit() > 0
                ? "SELECT count(*) FROM (SELECT 1 FROM " + table + where + " LIMIT " + query.limit() + ") x"
                : "SELECT count(*) FROM " + table + where;
        try (Connection c = db.connection(); PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw db.failure("count " + schema.name(), e);
        }
    }

    @Override
    public void read(Query query, Consumer<Feature> sink) {
        List<Object> args = new ArrayList<>();
        String sql = "SELECT " + PostgisValues.selectList(schema) + " FROM " + table + where(query, args) + " ORDER BY id"
                + (query.limit() > 0 ? " LIMIT " + query.limit() : "");
        try (Connection c = db.connection()) {
            c.setAutoCommit(false); // lets the driver stream with a fetch size instead of loading every row
            try (PreparedStatement ps = prepare(c, sql, args)) {
                ps.setFetchSize(2000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) sink.accept(PostgisValues.read(rs, schema));
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw db.failure("read " + schema.name(), e);
        }
    }

    /** Summed by the server ({@code sum … GROUP BY}), not over the wire row by row; other fields sum as the default does. */
    @Override
    public java.util.Map<Object, Double> sumBy(Query query, String groupField, String sumField) {
        FieldDef sum = schema.field(sumField).orElse(null);
        if (sum == null || query.limit() > 0 || !sum.type().isNumber()) {
            return FeatureStore.super.sumBy(query, groupField, sumField);
        }
        List<Object> args = new ArrayList<>();
        String group = groupField == null ? "NULL" : column(groupField);
        String sql = "SELECT " + group + ", sum(" + column(sumField) + "::double precision), count(*) FROM " + table + where(query, args)
                + (groupField == null ? "" : " GROUP BY " + group);
        java.util.Map<Object, Double> out = new java.util.LinkedHashMap<>();
        try (Connection c = db.connection(); PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (rs.getLong(3) == 0) continue; // nothing matched: no group, as the default gives
                out.put(rs.getObject(1), rs.getDouble(2));
            }
            return out;
        } catch (SQLException e) {
            throw db.failure("sum " + sumField + " of " + schema.name(), e);
        }
    }

    /** By primary key ({@code id = ANY(?)}): a save of an edit session reads what it wrote, not the layer. */
    @Override
    public List<Feature> byIds(java.util.Collection<String> ids) {
        List<Feature> out = new ArrayList<>();
        if (ids.isEmpty()) return out;
        String sql = "SELECT " + PostgisValues.selectList(schema) + " FROM " + table + " WHERE id = ANY(?) ORDER BY id";
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("text", ids.stream().map(String::trim).toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(PostgisValues.read(rs, schema));
            }
            return out;
        } catch (SQLException e) {
            throw db.failure("read " + schema.name() + " by id", e);
        }
    }

    @Override
    public Envelope extent() {
        try (Connection c = db.connection()) {
            return extent(c, table);
        } catch (SQLException e) {
            throw db.failure("measure " + schema.name(), e);
        }
    }

    static Envelope extent(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT ST_XMin(e), ST_XMax(e), ST_YMin(e), ST_YMax(e) FROM (SELECT ST_Extent(geom) AS e FROM " + table + ") x")) {
            rs.next();
            return rs.getObject(1) == null ? null : new Envelope(rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4));
        }
    }

    @Override
    public Transaction begin(String user) {
        return new PostgisTransaction(db, schema, table, user == null ? db.user() : user);
    }

    private String where(Query q, List<Object> args) {
        List<String> parts = new ArrayList<>();
        if (q.bbox() != null) {
            Envelope b = q.bbox();
            parts.add("geom && ST_MakeEnvelope(?, ?, ?, ?, 4326) AND ST_Intersects(geom, ST_MakeEnvelope(?, ?, ?, ?, 4326))");
            for (int i = 0; i < 2; i++) {
                args.add(b.getMinX());
                args.add(b.getMinY());
                args.add(b.getMaxX());
                args.add(b.getMaxY());
            }
        }
        filterSql.addAll(q.filters(), parts, args);
        return FilterSql.where(parts);
    }

    /** pgjdbc cannot bind an {@code Instant}; an {@code OffsetDateTime} goes in as timestamptz. */
    private static Object bindable(AttributeFilter f) {
        return f.value() instanceof java.time.Instant t ? java.time.OffsetDateTime.ofInstant(t, java.time.ZoneOffset.UTC) : f.value();
    }

    private String column(String field) {
        String n = field.toLowerCase(java.util.Locale.ROOT);
        if (PostgisValues.BOOKKEEPING.contains(n)) return n;
        FieldDef d = schema.field(field).orElseThrow(() -> new DataSourceException("layer " + schema.name() + " has no field '"
                + field + "'; its fields are: " + String.join(", ", schema.fields().stream().map(FieldDef::name).toList())));
        return PostgisValues.quote(d.name());
    }

    private static PreparedStatement prepare(Connection c, String sql, List<Object> args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
        return ps;
    }
}
