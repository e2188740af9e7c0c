package org.onemap.dataimport.geopackage;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Geometry;
import org.onemap.core.crs.CrsRegistry;
import org.onemap.core.spi.DataSourceException;
import org.onemap.core.spi.Parameter;
import org.onemap.dataimport.ImportContext;
import org.onemap.dataimport.ImportException;
import org.onemap.dataimport.ImportParameters;
import org.onemap.dataimport.ImportSource;
import org.onemap.dataimport.Importer;
import org.onemap.dataimport.SourceRecord;
import org.onemap.dataimport.crs.SourceCrs;
import org.onemap.datasources.gpkg.GpkgGeometry;
import org.onemap.datasources.gpkg.GpkgTables;
import org.sqlite.SQLiteConfig;

/**
 * Imports the feature tables of a GeoPackage ({@code .gpkg}, opened read-only through SQLite). Each
 * feature table is a "sheet" (all of them, or the one named by {@code sheet}); the CRS comes from
 * {@code gpkg_spatial_ref_sys} (EPSG organisation code, else its WKT), overridable with {@code --srs}.
 */
public final class GeoPackageImporter implements Importer {
    @Override
    public String id() { return "geopackage"; }

    @Override
    public String displayName() { return "GeoPackage (.gpkg)"; }

    @Override
    public boolean canRead(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gpkg");
    }

    @Override
    public List<Parameter> parameters() { return List.of(ImportParameters.SHEET_PARAM, ImportParameters.SRS_PARAM); }

    @Override
    public ImportSource open(Path file, Map<String, ?> params) throws IOException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        Connection c;
        try {
            c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
        } catch (SQLException e) {
            throw new IOException(file.getFileName() + ": cannot open as SQLite/GeoPackage (" + e.getMessage() + ")", e);
        }
        try {
            String name = file.getFileName().toString();
            String only = ImportParameters.string(params, ImportParameters.SHEET);
            List<Table> tables = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT c.table_name, g.column_name, g.srs_id, r.organization, r.organization_coordsys_id, r.definition "
                            + "FROM gpkg_contents c JOIN gpkg_geometry_columns g ON g.table_name = c.table_name "
                            + "LEFT JOIN gpkg_spatial_ref_sys r ON r.srs_id = g.srs_id WHERE c.data_type = 'features' ORDER BY c.table_name")) {
                while (rs.next()) {
                    String table = rs.getString(1);
                    if (only != null && !only.equals(table)) continue;
                    String crs = crs(name, params, rs.getString(4), rs.getInt(5), rs.getString(6));
                    tables.add(new Table(table, rs.getString(2), crs));
                }
            } catch (SQLException e) {
                throw new IOException(name + ": not a GeoPackage (no gpkg_contents / gpkg_geometry_columns: " + e.getMessage() + ")", e);
            }
            if (tables.isEmpty()) {
                throw new ImportException(name + ": " + (only == null ? "no feature tables" : "no feature table named " + only));
            }
            return new Source(name, c, tables);
        } catch (IOException | RuntimeException e) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already failing with the reason that matters
            }
            throw e;
        }
    }

    private static String crs(String file, Map<String, ?> params, String organization, int code, String wkt) {
        String srs = ImportParameters.string(params, ImportParameters.SRS);
        if (srs == null && organization != null && organization.equalsIgnoreCase("EPSG") && CrsRegistry.isSupported("EPSG:" + code)) {
            return "EPSG:" + code;
        }
        return SourceCrs.choose(file, srs, wkt == null || wkt.equalsIgnoreCase("undefined") ? null : wkt, null).crs();
    }

    private record Table(String name, String geometryColumn, String crs) {
    }

    private static final class Source implements ImportSource {
        private final String file;
        private final Connection c;
        private final List<Table> tables;
        private final LinkedHashSet<String> columns = new LinkedHashSet<>();

        Source(String file, Connection c, List<Table> tables) {
            this.file = file;
            this.c = c;
            this.tables = tables;
        }

        @Override
        public List<String> description() {
            return tables.stream().map(t -> "table " + t.name() + ": CRS " + t.crs()).toList();
        }

        @Override
        public List<String> columns() { return new ArrayList<>(columns); }

        @Override
        public void read(ImportContext ctx, Consumer<SourceRecord> sink) throws IOException {
            for (Table t : tables) {
                String sheet = tables.size() == 1 ? "" : t.name();
                try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + GpkgTables.quote(t.name()));
                     ResultSet rs = ps.executeQuery()) {
                    ResultSetMetaData md = rs.getMetaData();
                    List<String> names = new ArrayList<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) names.add(md.getColumnName(i));
                    long row = 0;
                    while (rs.next()) {
                        row++;
                        ctx.progress().checkCancelled();
                        Map<String, Object> attrs = new LinkedHashMap<>();
                        Geometry g = null;
                        boolean bad = false;
                        for (int i = 0; i < names.size(); i++) {
                            String n = names.get(i);
                            if (n.equalsIgnoreCase(t.geometryColumn())) {
                                try {
                                    g = geometry(rs.getBytes(i + 1));
                                } catch (DataSourceException e) {
                                    ctx.report().error(sheet, row, n, "", e.getMessage());
                                    bad = true;
                                }
                            } else if (!n.equalsIgnoreCase(GpkgTables.ID_COLUMN)) {
                                attrs.put(n, rs.getObject(i + 1));
                            }
                        }
                        columns.addAll(attrs.keySet());
                        if (!bad) sink.accept(new SourceRecord(sheet, row, g, t.crs(), attrs));
                    }
                } catch (SQLException e) {
                    throw new IOException(file + ": table " + t.name() + ": " + e.getMessage(), e);
                }
            }
        }

        /** Through the shared GeoPackage codec; an empty geometry imports as none, without reading its WKB. */
        private static Geometry geometry(byte[] blob) {
            if (blob == null || GpkgGeometry.header(blob).empty()) return null;
            Geometry g = GpkgGeometry.decode(blob);
            if (g.isEmpty()) return null;
            g.setSRID(0); // the CRS travels in the record, as the SRS code or WKT the pipeline knows
            return g;
        }

        @Override
        public void close() throws IOException {
            try {
                c.close();
            } catch (SQLException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
    }
}
