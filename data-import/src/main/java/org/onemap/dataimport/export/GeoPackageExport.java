package org.onemap.dataimport.export;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.FeatureSource;
import org.onemap.datasources.gpkg.GpkgColumns;
import org.onemap.datasources.gpkg.GpkgFunctions;
import org.onemap.datasources.gpkg.GpkgGeometry;
import org.onemap.datasources.gpkg.GpkgTables;

/**
 * Layer → GeoPackage 1.2 (OGC 12-128r18): one feature table named after the layer with a {@code fid} key,
 * a {@code geom} column in WGS 84 and the attributes, plus its R-tree index. The tables, blobs and index
 * are those of the GeoPackage provider (data-sources {@code gpkg}); this class only streams the rows.
 * Written through sqlite-jdbc into a temporary file, inside one transaction, and renamed into place.
 */
public final class GeoPackageExport implements LayerExporter {
    @Override
    public String id() { return "geopackage"; }

    @Override
    public List<String> extensions() { return List.of("gpkg"); }

    @Override
    public ExportResult export(FeatureSource source, Query query, Path target) throws IOException {
        LayerSchema schema = source.schema();
        LayerSchema out = new LayerSchema(schema.name(), schema.geometryType(), LayerSchema.WGS84, schema.fields());
        Wgs84 wgs84 = new Wgs84(schema);
        Envelope extent = new Envelope();
        long[] n = {0};
        try (PartFile part = new PartFile(target)) {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + part.path())) {
                c.setAutoCommit(false);
                GpkgTables.createCore(c);
                GpkgTables.createFeatureTable(c, out);
                List<String> cols = new ArrayList<>(List.of(GpkgTables.GEOMETRY_COLUMN));
                schema.fields().forEach(d -> cols.add(d.name()));
                try (PreparedStatement ps = c.prepareStatement(GpkgTables.insert(out.name(), cols))) {
                    try {
                        source.read(query, f -> {
                            try {
                                Geometry g = wgs84.apply(f.geometry());
                                if (g != null && !g.isEmpty()) extent.expandToInclude(g.getEnvelopeInternal());
                                ps.setBytes(1, GpkgGeometry.encode(g, LayerSchema.WGS84));
                                int i = 2;
                                for (FieldDef d : schema.fields()) ps.setObject(i++, GpkgColumns.toSql(f.get(d.name())));
                                ps.executeUpdate();
                                n[0]++;
                            } catch (SQLException e) {
                                throw new SqlFailure(e);
                            }
                        });
                    } catch (SqlFailure e) {
                        throw e.sql;
                    }
                }
                if (!extent.isNull()) GpkgTables.widenExtent(c, out.name(), extent);
                // the index is filled once from the written rows, cheaper than a trigger per insert
                GpkgFunctions.register(c);
                GpkgTables.createRtree(c, out.name(), GpkgTables.ID_COLUMN, GpkgTables.GEOMETRY_COLUMN);
                c.commit();
            } catch (SQLException e) {
                throw new IOException(target.getFileName() + ": writing the GeoPackage failed: " + e.getMessage(), e);
            }
            part.commit();
        }
        Map<String, String> names = new LinkedHashMap<>();
        schema.fields().forEach(d -> names.put(d.name(), d.name()));
        return new ExportResult(List.of(target), n[0], names);
    }

    /** Carries a SQLException out of the feature callback. */
    private static final class SqlFailure extends RuntimeException {
        final SQLException sql;

        SqlFailure(SQLException sql) {
            super(sql);
            this.sql = sql;
        }
    }
}
