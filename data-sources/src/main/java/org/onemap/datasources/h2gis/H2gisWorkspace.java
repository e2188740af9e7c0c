package org.onemap.datasources.h2gis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.h2.jdbcx.JdbcConnectionPool;
import org.onemap.core.feature.LayerInfo;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.spi.BulkLoad;
import org.onemap.core.spi.BulkLoading;
import org.onemap.core.spi.DataSource;
import org.onemap.core.spi.DataSourceException;
import org.onemap.core.spi.FeatureSource;
import org.onemap.core.spi.FeatureStore;
import org.onemap.core.spi.UnknownLayerException;
import org.onemap.core.workspace.SqlConsole;
import org.onemap.core.workspace.SqlRowSink;

/**
 * The embedded H2GIS workspace, OneMap's default store: a folder holding {@value #DB_FILE}. Layers are
 * tables listed in the {@code onemap_layer} catalog; every write to them, through the SPI or through
 * {@link #sql}, gets a new version, {@code updated_at}/{@code updated_by} and an {@code onemap_audit}
 * record (table triggers, see {@link VersionStampTrigger} and {@link AuditTrigger}). H2 locks the file,
 * so a second process cannot open the workspace while this one has it.
 */
public final class H2gisWorkspace implements DataSource, SqlConsole, BulkLoading {
    /** The database file inside the workspace folder. */
    public static final String DB_FILE = "workspace.mv.db";
    private static final String DB_USER = "sa";

    private final Path folder;
    private final String user;
    private final boolean readOnly;
    private final boolean isNew;
    private final Connection lifeline; // keeps the database open between pooled sessions
    private final JdbcConnectionPool pool;
    private final ReaderSessions readers;
    private final BoundsCounts boundsCounts = new BoundsCounts(this);
    private volatile boolean closed;

    private H2gisWorkspace(Path folder, String user, boolean readOnly, boolean isNew, Connection lifeline, JdbcConnectionPool pool,
                           ReaderSessions readers) {
        this.folder = folder;
        this.user = user;
        this.readOnly = readOnly;
        this.isNew = isNew;
        this.lifeline = lifeline;
        this.pool = pool;
        this.readers = readers;
    }

    /** Opens the workspace in {@code folder} for {@code user}, creating folder and database if missing. */
    public static H2gisWorkspace open(Path folder, String user) {
        return open(folder, user, false, true);
    }

    /**
     * Opens a workspace.
     *
     * @param folder   the workspace folder (holds {@value #DB_FILE})
     * @param user     recorded in {@code updated_by} and the audit log; the OS user when null
     * @param readOnly open without write access: layers can be read, every write is refused
     * @param create   create the folder and database when missing; otherwise a missing workspace is an error
     * @throws DataSourceException with a user-facing reason: locked by another process, corrupt, not a folder …
     */
    public static H2gisWorkspace open(Path folder, String user, boolean readOnly, boolean create) {
        Path dir = folder.toAbsolutePath().normalize();
        String who = user == null || user.isBlank() ? System.getProperty("user.name", "unknown") : user;
        if (dir.toString().indexOf(';') >= 0) {
            throw new DataSourceException("workspace folder " + dir + " contains ';', which the database URL cannot hold: choose another folder");
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new DataSourceException("workspace path " + dir + " is not a folder");
        }
        Path db = dir.resolve(DB_FILE);
        boolean existed = Files.exists(db);
        boolean madeFolder = false;
        if (!existed) {
            if (readOnly || !create) throw new DataSourceException("no workspace in " + dir + " (" + DB_FILE + " is missing)");
            try {
                madeFolder = !Files.exists(dir);
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new DataSourceException("cannot create workspace folder " + dir + ": " + e.getMessage(), e);
            }
        } else if (!readOnly && !Files.isWritable(db)) {
            throw new DataSourceException("workspace " + dir + " is not writable (" + DB_FILE + "): open it read-only");
        }
        // retry: reopens the file when a reading thread is interrupted (a cancelled tile or a closed
        // window's readers); plain file: would close the channel for every connection of the workspace
        // QUERY_CACHE_SIZE: each pooled session keeps its parsed statements; the map's tile workers read
        // every layer per tile (~20 statements), and H2's default of 8 per session re-parsed them all
        String url = "jdbc:h2:retry:" + dir.resolve("workspace") + ";AUTO_SERVER=FALSE;QUERY_CACHE_SIZE=64"
                + (readOnly ? ";ACCESS_MODE_DATA=r" : "") + (existed ? ";IFEXISTS=TRUE" : "");
        Connection lifeline = null;
        try {
            lifeline = DriverManager.getConnection(url, DB_USER, "");
            boolean catalogExisted = WorkspaceCatalog.exists(lifeline);
            if (readOnly) {
                if (!catalogExisted) throw new DataSourceException(dir + " holds a database that is not a OneMap workspace (no onemap_layer catalog)");
            } else {
                SpatialFunctions.ensureLoaded(lifeline);
                WorkspaceCatalog.create(lifeline);
                LayerRepair.run(lifeline);
            }
            JdbcConnectionPool pool = JdbcConnectionPool.create(url, DB_USER, "");
            pool.setMaxConnections(32);
            return new H2gisWorkspace(dir, who, readOnly, !catalogExisted, lifeline, pool, new ReaderSessions(url, DB_USER));
        } catch (SQLException | RuntimeException e) {
            closeQuietly(lifeline);
            if (!existed) removeCreated(dir, madeFolder);
            if (e instanceof DataSourceException d) throw d;
            if (e instanceof SQLException s) throw WorkspaceErrors.opening(dir, s);
            throw (RuntimeException) e;
        }
    }

    /** The workspace folder (absolute). */
    public Path folder() { return folder; }

    /** The OneMap user this workspace was opened for; writes through {@link #sql} are attributed to them. */
    public String user() { return user; }

    public boolean isReadOnly() { return readOnly; }

    /** True when this open created the workspace database: the caller seeds sample data then. */
    public boolean isNew() { return isNew; }

    /**
     * A new session on the workspace for advanced callers (H2GIS drivers, bulk SQL), with autocommit on
     * and the OneMap user set, so its writes to layers are versioned and audited. Close it when done.
     */
    public Connection connection() {
        try {
            return session(user);
        } catch (SQLException e) {
            throw failure("open a database session", e);
        }
    }

    /**
     * A session for the sync engine (autocommit on, OneMap user set): its updates of layer rows keep
     * the {@code version}, {@code updated_at} and {@code updated_by} they set, which are the remote's,
     * instead of being stamped anew; every write is still audited. Close it when done.
     */
    public Connection syncConnection() {
        try {
            Connection c = session(user);
            try {
                SessionUser.markSync(c);
                return SessionUser.unmarkOnClose(c); // pooled: the next borrower must get a normal session
            } catch (SQLException e) {
                closeQuietly(c);
                throw e;
            }
        } catch (SQLException e) {
            throw failure("open a sync session", e);
        }
    }

    @Override
    public long sql(String statement, SqlRowSink sink) {
        try (Connection c = session(user)) {
            return SqlRunner.run(c, statement, sink);
        } catch (SQLException e) {
            throw failure("run SQL", e);
        }
    }

    @Override
    public List<LayerInfo> layers() {
        try (Connection c = session(user)) {
            List<LayerInfo> out = new ArrayList<>();
            for (WorkspaceCatalog.Entry e : WorkspaceCatalog.entries(c)) {
                String table = LayerTable.quoteStored(e.table());
                long count;
                try (var s = c.createStatement(); var rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    count = rs.getLong(1); // H2 keeps row counts: no scan
                }
                out.add(new LayerInfo(e.name(), e.geometryType(), count, H2gisLayer.extent(c, table)));
            }
            return out;
        } catch (SQLException e) {
            throw failure("list layers", e);
        }
    }

    @Override
    public boolean hasLayer(String name) {
        try (Connection c = session(user)) {
            return WorkspaceCatalog.entry(c, name) != null;
        } catch (SQLException e) {
            throw failure("look up layer " + name, e);
        }
    }

    /** @throws UnknownLayerException when the catalog has no such layer */
    @Override
    public FeatureSource layer(String name) {
        return store(name);
    }

    /** Empty when the workspace is read-only or has no such layer. */
    @Override
    public Optional<FeatureStore> writableLayer(String name) {
        if (readOnly) return Optional.empty();
        try {
            return Optional.of(store(name));
        } catch (UnknownLayerException e) {
            return Optional.empty();
        }
    }

    private H2gisLayer store(String name) {
        try (Connection c = session(user)) {
            LayerTable t = WorkspaceCatalog.describe(c, name);
            if (t == null) throw new UnknownLayerException(name);
            return new H2gisLayer(this, t);
        } catch (SQLException e) {
            throw failure("open layer " + name, e);
        }
    }

    /** The audit log read as feature versions and layers as of a date (see {@link AuditHistory}). */
    @Override
    public Optional<org.onemap.core.history.FeatureHistory> history() {
        return Optional.of(new AuditHistory(this));
    }

    @Override
    public FeatureStore createLayer(LayerSchema schema) {
        if (readOnly) throw new DataSourceException("cannot create layer " + schema.name() + ": workspace " + folder + " is opened read-only");
        LayerSchema valid = NewLayer.validate(schema);
        try (Connection c = session(user)) {
            synchronized (this) { // two threads creating the same name: one wins, the other gets "already exists"
                if (WorkspaceCatalog.entry(c, valid.name()) != null) {
                    throw new DataSourceException("layer " + valid.name() + " already exists in workspace " + folder);
                }
                if (WorkspaceCatalog.tableExists(c, valid.name().toUpperCase(java.util.Locale.ROOT))) {
                    throw new DataSourceException("workspace " + folder + " already has a table named " + valid.name()
                            + " (made with SQL, not a layer): choose another layer name");
                }
                NewLayer.create(c, valid);
            }
            LayerTable t = WorkspaceCatalog.describe(c, valid.name());
            return new H2gisLayer(this, t);
        } catch (SQLException e) {
            throw failure("create layer " + valid.name(), e);
        }
    }

    /**
     * A bulk load into a new layer (see {@link H2gisBulkLoad}): staging table without index or triggers,
     * batched inserts on a writer thread, index and triggers built once at the end, one audit record.
     */
    @Override
    public BulkLoad startBulkLoad(LayerSchema schema, String loadUser) {
        return startBulkLoad(schema, loadUser, H2gisBulkLoad.HILBERT_ORDER);
    }

    /** Written as the features come: the caller says they are in a good spatial order already. */
    @Override
    public BulkLoad startBulkLoadInGivenOrder(LayerSchema schema, String loadUser) {
        return startBulkLoad(schema, loadUser, false);
    }

    private BulkLoad startBulkLoad(LayerSchema schema, String loadUser, boolean hilbertOrder) {
        if (readOnly) throw new DataSourceException("cannot create layer " + schema.name() + ": workspace " + folder + " is opened read-only");
        LayerSchema valid = NewLayer.validate(schema);
        try (Connection c = session(user)) {
            if (WorkspaceCatalog.entry(c, valid.name()) != null) {
                throw new DataSourceException("layer " + valid.name() + " already exists in workspace " + folder);
            }
            if (WorkspaceCatalog.tableExists(c, valid.name().toUpperCase(java.util.Locale.ROOT))) {
                throw new DataSourceException("workspace " + folder + " already has a table named " + valid.name()
                        + " (made with SQL, not a layer): choose another layer name");
            }
        } catch (SQLException e) {
            throw failure("create layer " + valid.name(), e);
        }
        return H2gisBulkLoad.start(this, valid, loadUser == null || loadUser.isBlank() ? user : loadUser, hilbertOrder);
    }

    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        boundsCounts.close();
        readers.closeAll();
        pool.dispose();
        closeQuietly(lifeline);
    }

    // ---- for the layer and transaction classes of this package

    /** A pooled session with the OneMap user set for the triggers. */
    Connection session(String sessionUser) throws SQLException {
        if (closed) throw new DataSourceException("workspace " + folder + " is closed");
        Connection c = pool.getConnection();
        try {
            SessionUser.set(c, sessionUser);
            return c;
        } catch (SQLException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /** Work on a reader session: SELECTs only, in auto-commit. */
    @FunctionalInterface
    interface Read<T> {
        T on(Connection c) throws SQLException;
    }

    /**
     * Runs a read ({@code what} names it in errors) on a kept reader session ({@link ReaderSessions}): no
     * user is set and nothing is rolled back, so the session keeps its parsed statements. A session whose
     * read failed is closed, not kept.
     */
    <T> T read(String what, Read<T> work) {
        if (closed) throw new DataSourceException("workspace " + folder + " is closed");
        Connection c = null;
        boolean ok = false;
        try {
            c = readers.take();
            T result = work.on(c);
            ok = true;
            return result;
        } catch (SQLException e) {
            throw failure(what, e);
        } finally {
            if (c != null && ok) readers.release(c);
            else if (c != null) closeQuietly(c);
        }
    }

    DataSourceException failure(String what, SQLException e) {
        return WorkspaceErrors.during(what, folder, e);
    }

    boolean readOnly() { return readOnly; }

    /** Bbox counts from in-memory bounds indexes of this workspace's layers. */
    BoundsCounts boundsCounts() { return boundsCounts; }

    private static void removeCreated(Path dir, boolean madeFolder) {
        try {
            for (String f : List.of(DB_FILE, "workspace.trace.db")) Files.deleteIfExists(dir.resolve(f));
            if (madeFolder) Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // best effort: the open already failed with the reason that matters
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) return;
        try {
            c.close();
        } catch (Exception ignored) {
            // closing after a failure or on shutdown: nothing useful to report
        }
    }

    @Override
    public String toString() { return "H2GIS workspace " + folder; }
}
