package org.onemap.datasources.gpkg;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.DataSourceException;
import org.onemap.core.spi.FeatureStore;
import org.onemap.core.spi.Transaction;
import org.onemap.datasources.sql.FilterSql;

/**
 * One feature table of a GeoPackage. Feature ids are the table's integer primary key as text. A bbox
 * goes through the {@code rtree_<table>_<geom>} index when the file has one, then an exact intersects
 * test; attribute filters become SQL. GeoPackage has no version column, so every feature reads as
 * version 1 and writes do not check versions: it is an exchange file, not a shared store.
 */
final class GpkgLayer implements FeatureStore {
    static final long VERSION = 1;

    private final GeoPackage owner;
    private final LayerSchema schema;
    private final String idColumn;
    private final String geomColumn;
    private final String rtree; // null when the file has no R-tree for this table
    private final FilterSql filterSql = new FilterSql(this::column, f -> GpkgColumns.toSql(f.value()));

    GpkgLayer(GeoPackage owner, LayerSchema schema, String idColumn, String geomColumn, String rtree) {
        this.owner = owner;
        this.schema = schema;
        this.idColumn = idColumn;
        this.geomColumn = geomColumn;
        this.rtree = rtree;
    }

    @Override
    public LayerSchema schema() { return schema; }

    String idColumn() { return idColumn; }

    String geomColumn() { return geomColumn; }

    GeoPackage owner() { return owner; }

    @Override
    public long count(Query query) {
        if (query.bbox() == null) {
            List<Object> args = new ArrayList<>();
            String sql = "SELECT COUNT(*) FROM (SELECT 1 FROM " + GpkgTables.quote(schema.name()) + where(query, args)
                    + (query.limit() > 0 ? " LIMIT " + query.limit() : "") + ")";
            return owner.withConnection(c -> {
                try (PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
        }
        return FeatureStore.super.count(query);
    }

    @Override
    public void read(Query query, Consumer<Feature> sink) {
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT ").append(GpkgTables.quote(idColumn)).append(", ").append(GpkgTables.quote(geomColumn));
        for (FieldDef d : schema.fields()) sql.append(", ").append(GpkgTables.quote(d.name()));
        sql.append(" FROM ").append(GpkgTables.quote(schema.name())).append(where(query, args))
                .append(" ORDER BY ").append(GpkgTables.quote(idColumn));
        // with a bbox the exact test runs in Java, so the limit can only be applied after it
        if (query.limit() > 0 && query.bbox() == null) sql.append(" LIMIT ").append(query.limit());
        Geometry box = query.bbox() == null ? null : new GeometryFactory().toGeometry(query.bbox());
        owner.withConnection(c -> {
            try (PreparedStatement ps = prepare(c, sql.toString(), args); ResultSet rs = ps.executeQuery()) {
                int n = 0;
                while (rs.next()) {
                    byte[] blob = rs.getBytes(2);
                    if (box != null) {
                        Envelope e = GpkgGeometry.envelope(blob);
                        if (e == null || !e.intersects(query.bbox())) continue;
                    }
                    Geometry g = GpkgGeometry.decode(blob);
                    if (box != null && !box.intersects(g)) continue;
                    Map<String, Object> attrs = new LinkedHashMap<>();
                    int i = 3;
                    for (FieldDef d : schema.fields()) attrs.put(d.name(), GpkgColumns.fromSql(rs.getObject(i++), d.type()));
                    sink.accept(new Feature(rs.getString(1), g, attrs, VERSION));
                    if (query.limit() > 0 && ++n >= query.limit()) break;
                }
            }
            return null;
        });
    }

    /** Exact extent from the blob headers: the R-tree holds 32-bit floats rounded outwards. */
    @Override
    public Envelope extent() {
        String g = GpkgTables.quote(geomColumn);
        return owner.withConnection(c -> {
            try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MIN(ST_MinX(" + g + ")), MAX(ST_MaxX(" + g + ")), "
                    + "MIN(ST_MinY(" + g + ")), MAX(ST_MaxY(" + g + ")), COUNT(ST_MinX(" + g + ")) FROM " + GpkgTables.quote(schema.name()))) {
                rs.next();
                return rs.getLong(5) == 0 ? null : new Envelope(rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4));
            }
        });
    }

    @Override
    public Transaction begin(String user) {
        if (owner.readOnly()) throw new DataSourceException(owner.path().getFileName() + " is open read-only");
        return new GpkgTransaction(this);
    }

    private String where(Query query, List<Object> args) {
        List<String> conds = new ArrayList<>();
        if (query.bbox() != null && rtree != null) {
            Envelope b = query.bbox();
            conds.add(GpkgTables.quote(idColumn) + " IN (SELECT id FROM " + GpkgTables.quote(rtree)
                    + " WHERE minx <= ? AND maxx >= ? AND miny <= ? AND maxy >= ?)");
            args.add(b.getMaxX());
            args.add(b.getMinX());
            args.add(b.getMaxY());
            args.add(b.getMinY());
        }
        filterSql.addAll(query.filters(), conds, args);
        return FilterSql.where(conds);
    }

    private String column(String field) {
        FieldDef d = schema.field(field).orElseThrow(() -> new DataSourceException(
                "layer '" + schema.name() + "' has no field '" + field + "'"));
        return GpkgTables.quote(d.name());
    }

    private static PreparedStatement prepare(Connection c, String sql, List<Object> args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
        return ps;
    }
}
