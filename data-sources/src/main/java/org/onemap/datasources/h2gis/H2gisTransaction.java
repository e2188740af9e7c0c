package org.onemap.datasources.h2gis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.spi.DataSourceException;
import org.onemap.core.spi.Transaction;
import org.onemap.core.spi.VersionConflictException;

/**
 * Writes to one layer on one connection with autocommit off. Versions, {@code updated_*} and the
 * audit log are the triggers' job, so this class only checks versions (optimistic locking) and keeps
 * each call all-or-nothing: a failing call leaves the transaction as it was before the call.
 */
final class H2gisTransaction implements Transaction {
    private static final int BATCH = 1000;

    private final H2gisWorkspace workspace;
    private final LayerTable table;
    private final Connection c;
    private final String insertSql;
    private final String insertWithIdSql;
    private long maxGivenId; // explicit ids do not advance the identity sequence: see IdentityRepair
    private long nextId; // ids this transaction assigns itself once ids were given
    private final boolean brandNew; // the layer had no rows and no history at begin: insertAll may bulk-seed it
    private long seeded;
    private boolean finished;

    H2gisTransaction(H2gisWorkspace workspace, LayerTable table, String user) {
        this.workspace = workspace;
        this.table = table;
        List<String> cols = new ArrayList<>();
        cols.add("\"GEOM\"");
        for (FieldDef f : table.schema().fields()) cols.add(table.column(f.name()));
        insertSql = insert(cols);
        cols.add(0, "\"ID\"");
        insertWithIdSql = insert(cols);
        Connection conn = null;
        try {
            conn = workspace.session(user);
            IdentityRepair.run(conn, table.quotedTable(), table.table(), 0); // rows inserted by SQL with explicit ids
            conn.setAutoCommit(false);
            brandNew = BulkSeed.brandNew(conn, table);
            c = conn;
        } catch (SQLException e) {
            closeQuietly(conn);
            throw workspace.failure("start editing layer " + table.name(), e);
        }
    }

    private String insert(List<String> cols) {
        return "INSERT INTO " + table.quotedTable() + "(" + String.join(", ", cols) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(cols.size(), "?")) + ")";
    }

    @Override
    public String insert(Feature f) {
        open();
        Long id = givenId(f);
        if (id == null && maxGivenId > 0) id = nextFreeId(); // identity may lag behind ids given earlier in this transaction
        try (PreparedStatement ps = id == null
                ? c.prepareStatement(insertSql, Statement.RETURN_GENERATED_KEYS) : c.prepareStatement(insertWithIdSql)) {
            bindInsert(ps, f, id);
            ps.executeUpdate();
            if (id != null) {
                maxGivenId = Math.max(maxGivenId, id);
                return Long.toString(id);
            }
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return Long.toString(keys.getLong(1));
            }
        } catch (SQLException e) {
            throw workspace.failure("insert into layer " + table.name(), e);
        }
    }

    /**
     * Inserts in JDBC batches of {@value #BATCH}; all or nothing, like a single insert. Into a layer that
     * was brand-new when the transaction began, this is the initial load: the rows get one summary audit
     * record instead of one each (see {@link BulkSeed}); {@link #insert} is always audited per row.
     */
    @Override
    public void insertAll(Iterable<Feature> features) {
        open();
        Savepoint before = savepoint();
        boolean seeding = brandNew && BulkSeed.start(c, table.table());
        boolean ok = false;
        long row = 0;
        try (PreparedStatement plain = c.prepareStatement(insertSql); PreparedStatement withId = c.prepareStatement(insertWithIdSql)) {
            int pendingPlain = 0;
            int pendingWithId = 0;
            for (Feature f : features) {
                row++;
                Long id = givenId(f);
                if (id == null && maxGivenId > 0) id = nextFreeId();
                if (id == null) {
                    bindInsert(plain, f, null);
                    plain.addBatch();
                    if (++pendingPlain == BATCH) {
                        plain.executeBatch();
                        pendingPlain = 0;
                    }
                } else {
                    if (pendingPlain > 0) plain.executeBatch(); // keep the caller's order
                    pendingPlain = 0;
                    bindInsert(withId, f, id);
                    withId.addBatch();
                    maxGivenId = Math.max(maxGivenId, id);
                    if (++pendingWithId == BATCH) {
                        withId.executeBatch();
                        pendingWithId = 0;
                    }
                }
            }
            if (pendingPlain > 0) plain.executeBatch();
            if (pendingWithId > 0) withId.executeBatch();
            ok = true;
        } catch (SQLException | RuntimeException e) {
            backTo(before, e);
            if (e instanceof DataSourceException d) throw d;
            throw workspace.failure("insert feature " + row + " into layer " + table.name() + " (nothing of this batch was kept)",
                    e instanceof SQLException s ? s : new SQLException(e));
        } finally {
            long n = seeding ? BulkSeed.end(c) : 0;
            if (ok) seeded += n;
        }
        release(before);
    }

    private void bindInsert(PreparedStatement ps, Feature f, Long id) throws SQLException {
        checkFields(f.attributes());
        int i = 1;
        if (id != null) ps.setLong(i++, id);
        ps.setObject(i++, StoredGeometry.fit(f.geometry(), table.schema()));
        for (FieldDef d : table.schema().fields()) ps.setObject(i++, FeatureRows.bindable(value(f.attributes(), d.name())));
    }

    @Override
    public void update(Feature f) {
        open();
        long id = parseId(f.id());
        checkFields(f.attributes());
        StringBuilder sql = new StringBuilder("UPDATE ").append(table.quotedTable()).append(" SET \"GEOM\" = ?");
        List<Object> values = new ArrayList<>();
        values.add(StoredGeometry.fit(f.geometry(), table.schema()));
        for (Map.Entry<String, Object> e : f.attributes().entrySet()) {
            if (SqlNames.BOOKKEEPING.contains(e.getKey().toLowerCase(Locale.ROOT))) continue;
            sql.append(", ").append(table.column(e.getKey())).append(" = ?");
            values.add(FeatureRows.bindable(e.getValue()));
        }
        sql.append(" WHERE \"ID\" = ? AND \"VERSION\" = ?");
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int i = 1;
            for (Object v : values) ps.setObject(i++, v);
            ps.setLong(i++, id);
            ps.setLong(i, f.version());
            if (ps.executeUpdate() == 0) throw stale(id, f.version());
        } catch (SQLException e) {
            throw workspace.failure("update feature " + id + " of layer " + table.name(), e);
        }
    }

    @Override
    public void delete(String id, long version) {
        open();
        long key = parseId(id);
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table.quotedTable() + " WHERE \"ID\" = ? AND \"VERSION\" = ?")) {
            ps.setLong(1, key);
            ps.setLong(2, version);
            if (ps.executeUpdate() == 0) throw stale(key, version);
        } catch (SQLException e) {
            throw workspace.failure("delete feature " + id + " of layer " + table.name(), e);
        }
    }

    /** Why an update or delete matched no row: the feature is gone, or it moved to another version. */
    private DataSourceException stale(long id, long expected) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT \"VERSION\" FROM " + table.quotedTable() + " WHERE \"ID\" = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return new DataSourceException("no feature " + id + " in layer " + table.name() + " (deleted?)");
                return new VersionConflictException(table.name(), Long.toString(id), expected, rs.getLong(1));
            }
        }
    }

    @Override
    public void commit() {
        open();
        try {
            recordSeed(seeded);
            seeded = 0; // recorded: a retried commit must not record it twice
            c.commit();
            finished = true;
        } catch (SQLException e) {
            throw workspace.failure("commit changes to layer " + table.name(), e);
        } finally {
            if (finished) {
                repairIdentity();
                closeQuietly(c);
            }
        }
    }

    /** After a commit that wrote explicit ids; a failure only delays the repair to the next transaction's begin. */
    private void repairIdentity() {
        if (maxGivenId == 0) return;
        try {
            IdentityRepair.run(c, table.quotedTable(), table.table(), maxGivenId);
        } catch (SQLException ignored) {
            // e.g. another session holds a lock on the table; begin() repairs it next time
        }
    }

    /** The one audit record of a bulk seed (see {@link BulkSeed}), written in the seeding transaction. */
    private void recordSeed(long rows) throws SQLException {
        if (rows == 0) return;
        try (PreparedStatement ps = c.prepareStatement(AuditTrigger.INSERT_SQL)) {
            ps.setString(1, table.name());
            ps.setString(2, null);
            ps.setString(3, "insert");
            ps.setString(4, SessionUser.of(c));
            ps.setObject(5, java.time.OffsetDateTime.now());
            ps.setString(6, null);
            ps.setString(7, "{\"seeded\":" + rows + "}");
            ps.executeUpdate();
        }
    }

    @Override
    public void rollback() {
        if (finished) return;
        finished = true;
        try {
            c.rollback();
        } catch (SQLException e) {
            throw workspace.failure("roll back changes to layer " + table.name(), e);
        } finally {
            closeQuietly(c);
        }
    }

    @Override
    public void close() {
        rollback();
    }

    private void open() {
        if (finished) throw new IllegalStateException("transaction on layer " + table.name() + " already committed or rolled back");
    }

    private void checkFields(Map<String, Object> attributes) {
        for (String k : attributes.keySet()) {
            if (!SqlNames.BOOKKEEPING.contains(k.toLowerCase(Locale.ROOT))) table.column(k); // throws naming the fields
        }
    }

    /** Attribute lookup tolerant of case ({@code CROP} from a DBF for the field {@code crop}). */
    private static Object value(Map<String, Object> attributes, String field) {
        Object v = attributes.get(field);
        if (v != null || attributes.containsKey(field)) return v;
        for (Map.Entry<String, Object> e : attributes.entrySet()) {
            if (e.getKey().equalsIgnoreCase(field)) return e.getValue();
        }
        return null;
    }

    private Long givenId(Feature f) {
        return f.id() == null || f.id().isBlank() ? null : parseId(f.id());
    }

    private long parseId(String id) {
        try {
            return Long.parseLong(id.trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw new DataSourceException("feature id must be a whole number in layer " + table.name() + ": " + id);
        }
    }

    /** An id above every id in the table and every id given in this transaction (pending batches included). */
    private long nextFreeId() {
        if (nextId == 0) {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(\"ID\"), 0) + 1 FROM " + table.quotedTable())) {
                rs.next();
                nextId = rs.getLong(1);
            } catch (SQLException e) {
                throw workspace.failure("choose an id in layer " + table.name(), e);
            }
        }
        long id = Math.max(nextId, maxGivenId + 1);
        nextId = id + 1;
        return id;
    }

    private Savepoint savepoint() {
        try {
            return c.setSavepoint();
        } catch (SQLException e) {
            throw workspace.failure("start a batch insert into layer " + table.name(), e);
        }
    }

    private void backTo(Savepoint sp, Exception cause) {
        try {
            c.rollback(sp);
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private void release(Savepoint sp) {
        try {
            c.releaseSavepoint(sp);
        } catch (SQLException ignored) {
            // the savepoint only guards the batch; a failure to release it changes nothing
        }
    }

    private static void closeQuietly(Connection conn) {
        if (conn == null) return;
        try {
            conn.close();
        } catch (SQLException ignored) {
            // returning a pooled connection; nothing to report to the user
        }
    }
}
