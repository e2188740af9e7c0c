package org.onemap.datasources.gpkg;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.feature.LayerInfo;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.DataSource;
import org.onemap.core.spi.DataSourceException;
import org.onemap.core.spi.FeatureSource;
import org.onemap.core.spi.FeatureStore;
import org.onemap.core.spi.UnknownLayerException;
import org.sqlite.SQLiteConfig;

/**
 * A GeoPackage 1.2 file opened read/write: its feature tables (from {@code gpkg_contents}) are layers.
 * One SQLite connection serves the file; a lock serialises its use, which is what SQLite does with
 * writers anyway. Attribute tables and tile sets are left alone.
 */
public final class GeoPackage implements DataSource {
    private final Path path;
    private final boolean readOnly;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, GpkgLayer> layers = new LinkedHashMap<>();

    private GeoPackage(Path path, boolean readOnly, Connection connection) {
        this.path = path;
        this.readOnly = readOnly;
        this.connection = connection;
    }

    /**
     * Opens {@code file}; when it does not exist and {@code create} is set, writes an empty GeoPackage.
     * Throws {@link DataSourceException} when the file is missing or not a GeoPackage.
     */
    public static GeoPackage open(Path file, boolean create, boolean readOnly) {
        boolean exists = Files.exists(file);
        if (!exists && (!create || readOnly)) throw new DataSourceException(file + ": no such GeoPackage");
        try {
            if (!exists && file.toAbsolutePath().getParent() != null) Files.createDirectories(file.toAbsolutePath().getParent());
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(readOnly);
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
            GpkgFunctions.register(c);
            if (!exists) {
                c.setAutoCommit(false);
                GpkgTables.createCore(c);
                c.commit();
                c.setAutoCommit(true);
            } else if (!hasTable(c, "gpkg_contents")) {
                c.close();
                throw new DataSourceException(file + ": not a GeoPackage (no gpkg_contents table)");
            }
            GeoPackage g = new GeoPackage(file, readOnly, c);
            g.loadCatalog();
            return g;
        } catch (SQLException | java.io.IOException e) {
            throw new DataSourceException(file + ": cannot open the GeoPackage: " + e.getMessage(), e);
        }
    }

    public Path path() { return path; }

    boolean readOnly() { return readOnly; }

    @Override
    public List<LayerInfo> layers() {
        List<LayerInfo> out = new ArrayList<>();
        for (GpkgLayer l : snapshot()) {
            Envelope e = l.extent();
            out.add(new LayerInfo(l.name(), l.schema().geometryType(), l.count(Query.ALL), e == null ? null : LonLat.of(e, l.schema().srid())));
        }
        return out;
    }

    @Override
    public FeatureSource layer(String name) {
        return find(name).orElseThrow(() -> new UnknownLayerException(name));
    }

    @Override
    public Optional<FeatureStore> writableLayer(String name) {
        return readOnly ? Optional.empty() : find(name).map(l -> l);
    }

    @Override
    public FeatureStore createLayer(LayerSchema schema) {
        if (readOnly) throw new DataSourceException(path.getFileName() + " is open read-only");
        if (find(schema.name()).isPresent()) throw new DataSourceException("layer '" + schema.name() + "' already exists in " + path.getFileName());
        int srs = schema.srid();
        return withConnection(c -> {
            if (!srsKnown(c, srs)) throw new DataSourceException("SRS " + srs + " is not in gpkg_spatial_ref_sys of " + path.getFileName());
            c.setAutoCommit(false);
            try {
                GpkgTables.createFeatureTable(c, schema);
                GpkgTables.createRtree(c, schema.name(), GpkgTables.ID_COLUMN, GpkgTables.GEOMETRY_COLUMN);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
            loadCatalog();
            return find(schema.name()).orElseThrow();
        });
    }

    @Override
    public void close() {
        withConnection(c -> {
            c.close();
            return null;
        });
    }

    /** Work on the connection while holding the file lock. */
    @FunctionalInterface
    interface SqlWork<T> {
        T apply(Connection c) throws SQLException;
    }

    <T> T withConnection(SqlWork<T> work) {
        lock.lock();
        try {
            return work.apply(connection);
        } catch (SQLException e) {
            throw new DataSourceException(path.getFileName() + ": " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    <T> T run(SqlWork<T> work) { return withConnection(work); }

    /** Holds the lock across a transaction's statements and opens a SQLite transaction. */
    void lock() {
        lock.lock();
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            lock.unlock();
            throw new DataSourceException(path.getFileName() + ": " + e.getMessage(), e);
        }
    }

    void unlock() {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new DataSourceException(path.getFileName() + ": " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    private Optional<GpkgLayer> find(String name) {
        lock.lock();
        try {
            return layers.values().stream().filter(l -> l.name().equalsIgnoreCase(name)).findFirst();
        } finally {
            lock.unlock();
        }
    }

    private List<GpkgLayer> snapshot() {
        lock.lock();
        try {
            return List.copyOf(layers.values());
        } finally {
            lock.unlock();
        }
    }

    private void loadCatalog() {
        withConnection(c -> {
            layers.clear();
            try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT c.table_name, g.column_name, g.geometry_type_name, g.srs_id "
                    + "FROM gpkg_contents c JOIN gpkg_geometry_columns g ON g.table_name = c.table_name "
                    + "WHERE c.data_type = 'features' ORDER BY c.table_name")) {
                while (rs.next()) {
                    String table = rs.getString(1);
                    String geom = rs.getString(2);
                    layers.put(table, describe(c, table, geom, GeometryKind.parse(rs.getString(3)), rs.getInt(4)));
                }
            }
            return null;
        });
    }

    private GpkgLayer describe(Connection c, String table, String geom, GeometryKind kind, int srs) throws SQLException {
        String id = null;
        List<FieldDef> fields = new ArrayList<>();
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA table_info(" + GpkgTables.quote(table) + ")")) {
            while (rs.next()) {
                String col = rs.getString("name");
                if (rs.getInt("pk") == 1 && id == null) {
                    id = col;
                } else if (!col.equalsIgnoreCase(geom)) {
                    var type = GpkgColumns.fieldType(rs.getString("type"));
                    if (type != null) fields.add(new FieldDef(col, type, rs.getInt("notnull") == 1));
                }
            }
        }
        if (id == null) id = "rowid"; // the spec requires an INTEGER PRIMARY KEY; tolerate files without one
        String rtree = "rtree_" + table + "_" + geom;
        boolean indexed = hasTable(c, rtree);
        return new GpkgLayer(this, new LayerSchema(table, kind, srs, fields), id, geom, indexed ? rtree : null);
    }

    private static boolean srsKnown(Connection c, int srs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM gpkg_spatial_ref_sys WHERE srs_id = ?")) {
            ps.setInt(1, srs);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static boolean hasTable(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM sqlite_master WHERE name = ? AND type IN ('table', 'view')")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
