package org.onemap.datasources.postgis;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.feature.LayerInfo;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.spi.DataSource;
import org.onemap.core.spi.DataSourceException;
import org.onemap.core.spi.FeatureSource;
import org.onemap.core.spi.FeatureStore;
import org.onemap.core.spi.UnknownLayerException;
import org.onemap.core.workspace.SqlConsole;
import org.onemap.core.workspace.SqlRowSink;

/**
 * A shared PostGIS database as a OneMap data source: layers are tables of one schema listed in its
 * {@code onemap_layer} catalog (see {@link PostgisCatalog} for ids, versions, change logs and
 * notifications). Each operation takes its own connection, so one instance serves many threads.
 */
public final class PostgisDatabase implements DataSource, SqlConsole {
    private final PostgisAddress address;
    private final String user;
    private volatile boolean closed;

    private PostgisDatabase(PostgisAddress address, String user) {
        this.address = address;
        this.user = user;
    }

    /**
     * Connects, creating the PostGIS extension, catalog and trigger functions where missing.
     *
     * @param user the OneMap user recorded in {@code updated_by} and the change log
     * @throws DataSourceException "cannot connect to postgresql://…: reason" when the server is unreachable
     */
    public static PostgisDatabase open(PostgisAddress address, String user) {
        String who = user == null || user.isBlank() ? System.getProperty("user.name", "unknown") : user;
        PostgisDatabase db = new PostgisDatabase(address, who);
        try (Connection c = db.rawConnection()) {
            c.setAutoCommit(false);
            PostgisCatalog.ensure(c, address.schema());
            c.commit();
        } catch (SQLException e) {
            throw db.failure("prepare the OneMap catalog", e);
        }
        return db;
    }

    /**
     * As {@link #open}, creating the database first when the server has none of that name (a first
     * publish to a new database): needs the CREATEDB right, otherwise the server's refusal is reported.
     */
    public static PostgisDatabase openCreating(PostgisAddress address, String user) {
        try {
            return open(address, user);
        } catch (DataSourceException e) {
            if (!(e.getCause() instanceof SQLException s) || !"3D000".equals(s.getSQLState())) throw e;
        }
        PostgisAddress maintenance = address.withDatabase("postgres");
        try (Connection c = DriverManager.getConnection(maintenance.jdbcUrl(), maintenance.jdbcProperties());
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE \"" + address.database().replace("\"", "\"\"") + "\"");
        } catch (SQLException e) {
            if (!"42P04".equals(e.getSQLState())) { // someone else created it meanwhile: fine
                throw new DataSourceException("database " + address.database() + " does not exist on " + address.host() + ":" + address.port()
                        + " and cannot be created (" + e.getMessage().trim() + ")", e);
            }
        }
        return open(address, user);
    }

    public PostgisAddress address() { return address; }

    public String schema() { return address.schema(); }

    public String user() { return user; }

    /** The channel {@link PostgisChangeFeed} listens on; notifications carry the layer name. */
    public static String changeChannel() { return PostgisCatalog.CHANNEL; }

    /** A new connection (autocommit on) with the OneMap user set for the triggers. Close it when done. */
    public Connection connection() {
        try {
            Connection c = rawConnection();
            try (PreparedStatement ps = c.prepareStatement("SELECT set_config('" + PostgisCatalog.USER_SETTING + "', ?, false)")) {
                ps.setString(1, user);
                ps.execute();
            }
            return c;
        } catch (SQLException e) {
            throw failure("open a session", e);
        }
    }

    private Connection rawConnection() throws SQLException {
        if (closed) throw new DataSourceException("PostGIS source " + address.url() + " is closed");
        try {
            return DriverManager.getConnection(address.jdbcUrl(), address.jdbcProperties());
        } catch (SQLException e) {
            throw unreachable(address, e);
        }
    }

    /** The message users see when the server cannot be reached or refuses the login. */
    static DataSourceException unreachable(PostgisAddress address, SQLException e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().trim();
        return new DataSourceException("cannot connect to " + address.url() + ": " + why, e);
    }

    @Override
    public List<LayerInfo> layers() {
        try (Connection c = connection()) {
            List<LayerInfo> out = new ArrayList<>();
            for (String name : PostgisCatalog.layerNames(c, schema())) {
                LayerSchema s = PostgisCatalog.describe(c, schema(), name);
                long count = countOf(c, name);
                Envelope extent = PostgisLayer.extent(c, schema() + "." + name);
                out.add(new LayerInfo(name, s.geometryType(), count, extent));
            }
            return out;
        } catch (SQLException e) {
            throw failure("list layers", e);
        }
    }

    private long countOf(Connection c, String name) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + schema() + "." + name)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public FeatureSource layer(String name) {
        return store(name);
    }

    @Override
    public Optional<FeatureStore> writableLayer(String name) {
        try {
            return Optional.of(store(name));
        } catch (UnknownLayerException e) {
            return Optional.empty();
        }
    }

    private PostgisLayer store(String name) {
        try (Connection c = connection()) {
            LayerSchema s = PostgisCatalog.describe(c, schema(), name);
            if (s == null) throw new UnknownLayerException(name);
            return new PostgisLayer(this, s);
        } catch (SQLException e) {
            throw failure("open layer " + name, e);
        }
    }

    @Override
    public FeatureStore createLayer(LayerSchema schema) {
        try (Connection c = connection()) {
            c.setAutoCommit(false);
            if (PostgisCatalog.describe(c, schema(), schema.name()) != null) {
                throw new DataSourceException("layer " + schema.name() + " already exists in " + address.url());
            }
            PostgisCatalog.createLayer(c, schema(), schema);
            c.commit();
            return new PostgisLayer(this, PostgisCatalog.describe(c, schema(), schema.name()));
        } catch (SQLException e) {
            throw failure("create layer " + schema.name(), e);
        }
    }

    /** Creates a layer inside the caller's transaction (the sync engine publishes several layers atomically). */
    public static void createLayer(Connection c, String schema, LayerSchema layer) throws SQLException {
        PostgisCatalog.createLayer(c, schema, layer);
    }

    /** Records which workspace (sync node id) published a layer, so an interrupted publish can be resumed by it. */
    public static void markPublishedBy(Connection c, String schema, String layer, String node) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + schema + ".onemap_layer SET published_by = ? WHERE name = ?")) {
            ps.setString(1, node);
            ps.setString(2, layer);
            ps.executeUpdate();
        }
    }

    /** The sync node id that published a layer, or null (made on the server, or by an older OneMap). */
    public static String publishedBy(Connection c, String schema, String layer) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT published_by FROM " + schema + ".onemap_layer WHERE name = ?")) {
            ps.setString(1, layer);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** The stored schema of a layer read through {@code c}, or null. */
    public static LayerSchema describe(Connection c, String schema, String layer) throws SQLException {
        return PostgisCatalog.describe(c, schema, layer);
    }

    /** The layer names in catalog order, read through {@code c}. */
    public static List<String> layerNames(Connection c, String schema) throws SQLException {
        return PostgisCatalog.layerNames(c, schema);
    }

    /** Makes the stamp trigger of {@code c}'s current transaction keep the versions and stamps it is given. */
    public static void keepGivenVersions(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SELECT set_config('" + PostgisCatalog.SYNC_SETTING + "', 'on', true)");
        }
    }

    /** The change log table of a layer, schema-qualified. */
    public static String changeLog(String schema, String layer) {
        return schema + "." + PostgisCatalog.LOG_PREFIX + PostgisCatalog.checkName(layer);
    }

    @Override
    public long sql(String statement, SqlRowSink sink) {
        try (Connection c = connection(); Statement s = c.createStatement()) {
            if (!s.execute(statement)) return s.getUpdateCount();
            try (ResultSet rs = s.getResultSet()) {
                int n = rs.getMetaData().getColumnCount();
                List<String> header = new ArrayList<>(n);
                for (int i = 1; i <= n; i++) header.add(rs.getMetaData().getColumnLabel(i));
                sink.header(header);
                long rows = 0;
                while (rs.next()) {
                    List<Object> row = new ArrayList<>(n);
                    for (int i = 1; i <= n; i++) row.add(rs.getString(i));
                    sink.row(row);
                    rows++;
                }
                return rows;
            }
        } catch (SQLException e) {
            throw failure("run SQL", e);
        }
    }

    DataSourceException failure(String what, SQLException e) {
        if (e.getCause() instanceof DataSourceException d) return d;
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().trim();
        return new DataSourceException("cannot " + what + " in " + address.url() + ": " + why, e);
    }

    @Override
    public void close() {
        closed = true;
    }

    @Override
    public String toString() { return "PostGIS " + address.url(); }
}
