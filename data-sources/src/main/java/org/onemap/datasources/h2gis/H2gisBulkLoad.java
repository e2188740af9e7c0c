package org.onemap.datasources.h2gis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.spi.BulkLoad;
import org.onemap.core.spi.DataSourceException;
import org.onemap.core.spi.FeatureStore;

/**
 * Fills a new layer the fast way: rows go into a staging table {@code ONEMAP_LOAD_<LAYER>} that has no
 * triggers, in JDBC batches committed as they go (the staging table is no layer, so nobody sees them),
 * geometry as EWKB; a {@link BulkWriter} thread does the inserts, spatial index included, while the caller
 * reads and converts the next batch. {@link #finish()} renames the table and its index to the layer's,
 * attaches the stamp and audit triggers,
 * catalogues the layer and writes ONE audit record for the load ({@code {"seeded": n}}, as the first
 * {@code insertAll} of a new layer does). Every row carries version 1 and the load's
 * {@code updated_at/updated_by}, as the stamp trigger would have set. Any failure or {@link #close()}
 * before the end drops the table: nothing is left.
 *
 * <p>Rows are held back in a {@link HilbertSpill} and written only when all are known ({@link #write}),
 * in Hilbert order of their envelope centres: H2 grows its R-tree one insert at a time, and neighbours
 * inserted together touch the same few pages and give a tree of compact boxes (BENCHMARKS.md, task hilbert).
 * Ids follow that write order, not the source order: the primary key is then appended to; ids given in
 * source order made the key inserts land all over its B-tree and cost as much as the order saved (1M
 * shuffled parcels: 52–53 s CPU vs 25–29 s, BENCHMARKS.md). Validation ran on the source rows before, so
 * reports still cite source row numbers. {@code -Donemap.bulk.order=source} writes in source order as the
 * rows come (to compare).
 */
final class H2gisBulkLoad implements BulkLoad {
    static final String STAGING_PREFIX = "ONEMAP_LOAD_";
    static final int BATCH = 5000;
    /** {@code -Donemap.bulk.index=end} builds the spatial index after the load instead (to compare the two). */
    static final boolean INDEX_DURING_LOAD = !"end".equals(System.getProperty("onemap.bulk.index"));
    static final boolean HILBERT_ORDER = !"source".equals(System.getProperty("onemap.bulk.order"));

    private final H2gisWorkspace workspace;
    private final LayerSchema schema;
    private final String user;
    private final Connection c;
    private final String staging;
    private final String upper;
    private final List<FieldDef> fields;
    private final OffsetDateTime at = OffsetDateTime.now();
    private final WKBWriter ewkb = new WKBWriter(2, true);
    private final BulkWriter writer;
    private final int width;
    private final HilbertSpill spill;
    private boolean written;
    private List<Object[]> batch = new ArrayList<>(BATCH);
    private long count;
    private boolean published;
    private boolean done;

    private H2gisBulkLoad(H2gisWorkspace workspace, LayerSchema schema, String user, Connection c, boolean hilbertOrder) throws SQLException {
        this.workspace = workspace;
        this.schema = schema;
        this.user = user;
        this.c = c;
        this.upper = schema.name().toUpperCase(Locale.ROOT);
        this.staging = STAGING_PREFIX + upper;
        this.fields = schema.fields();
        this.width = fields.size() + 3;
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + LayerTable.quoteStored(staging)); // left by a load that was killed
            s.execute(NewLayer.tableDdl(schema, LayerTable.quoteStored(staging)));
            // H2 has no bulk R-tree build: CREATE SPATIAL INDEX on a full table re-reads every row and
            // inserts it one by one anyway. Grown during the load, the index costs the same inserts but
            // runs on the writer thread beside the reader instead of as a serial tail (BENCHMARKS.md).
            if (INDEX_DURING_LOAD) NewLayer.spatialIndex(s, staging, "GEOM");
        }
        c.setAutoCommit(false);
        StringBuilder cols = new StringBuilder("\"GEOM\"");
        for (FieldDef f : fields) cols.append(", ").append(SqlNames.quote(f.name()));
        cols.append(", \"UPDATED_AT\", \"UPDATED_BY\"");
        String sql = "INSERT INTO " + LayerTable.quoteStored(staging) + "(" + cols + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(width, "?")) + ")";
        spill = hilbertOrder ? new HilbertSpill(width - 2, width) : null; // before the writer thread: it may fail
        try {
            writer = new BulkWriter(c, c.prepareStatement(sql), schema.name());
        } catch (SQLException | RuntimeException e) {
            if (spill != null) spill.close();
            throw e;
        }
    }

    /**
     * Starts a load into the free layer name of a validated schema (the caller checked the name); rows held back
     * and written in Hilbert order, or written as they come (the caller's order is good already).
     */
    static H2gisBulkLoad start(H2gisWorkspace workspace, LayerSchema valid, String user, boolean hilbertOrder) {
        Connection conn = null;
        try {
            conn = workspace.session(user);
            return new H2gisBulkLoad(workspace, valid, user, conn, hilbertOrder);
        } catch (SQLException e) {
            closeQuietly(conn);
            throw workspace.failure("start loading layer " + valid.name(), e);
        } catch (RuntimeException e) { // no temp file for the held-back rows
            closeQuietly(conn);
            throw e;
        }
    }

    @Override
    public void add(Feature f) {
        if (done || written) throw new IllegalStateException("bulk load of layer " + schema.name() + " already written, finished or closed");
        Object[] row = new Object[width];
        Geometry g = StoredGeometry.fit(f.geometry(), schema);
        row[0] = g == null ? null : ewkb.write(g);
        Map<String, Object> attrs = f.attributes();
        for (int i = 0; i < fields.size(); i++) row[i + 1] = FeatureRows.bindable(value(attrs, fields.get(i).name()));
        count++;
        if (spill != null) spill.add(row, g == null ? null : g.getEnvelopeInternal());
        else queue(row);
    }

    private void queue(Object[] row) {
        row[width - 2] = at;
        row[width - 1] = user;
        batch.add(row);
        if (batch.size() >= BATCH) {
            writer.submit(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    /** Replays the held-back rows in Hilbert order into the writer; the writer thread inserts as they come. */
    @Override
    public void write(java.util.function.LongConsumer progress) {
        if (done || written) throw new IllegalStateException("bulk load of layer " + schema.name() + " already written, finished or closed");
        written = true;
        if (spill == null) return;
        long[] n = {0};
        spill.replay(row -> {
            queue(row);
            if (++n[0] % BATCH == 0) progress.accept(n[0]);
        });
        spill.close();
        progress.accept(n[0]);
    }

    @Override
    public long count() { return count; }

    @Override
    public FeatureStore finish() {
        if (done) throw new IllegalStateException("bulk load of layer " + schema.name() + " already finished or closed");
        try {
            if (!written) write(n -> { });
            if (!batch.isEmpty()) writer.submit(batch);
            batch = List.of();
            writer.finish();
            publish();
            return workspace.writableLayer(schema.name())
                    .orElseThrow(() -> new DataSourceException("layer " + schema.name() + " vanished after its load"));
        } catch (SQLException e) {
            abandon(e);
            throw workspace.failure("finish loading layer " + schema.name(), e);
        } catch (RuntimeException e) {
            abandon(e);
            throw e;
        } finally {
            done = true;
            if (spill != null) spill.close();
            closeQuietly(c);
        }
    }

    /** Rename, index, triggers, catalogue, one audit record; each DDL commits on its own, so a failure drops them all. */
    private void publish() throws SQLException {
        try (Statement s = c.createStatement()) {
            synchronized (workspace) { // the same lock createLayer takes: the name cannot be taken meanwhile
                if (WorkspaceCatalog.entry(c, schema.name()) != null || WorkspaceCatalog.tableExists(c, upper)) {
                    throw new DataSourceException("layer " + schema.name() + " was created by someone else during the load");
                }
                s.execute("ALTER TABLE " + LayerTable.quoteStored(staging) + " RENAME TO " + LayerTable.quoteStored(upper));
                published = true;
                if (INDEX_DURING_LOAD) {
                    s.execute("ALTER INDEX " + LayerTable.quoteStored(staging + "_GEOM_SIDX") + " RENAME TO "
                            + LayerTable.quoteStored(upper + "_GEOM_SIDX"));
                }
                NewLayer.spatialIndex(s, upper, "GEOM");
                NewLayer.triggers(s, upper);
                WorkspaceCatalog.add(c, schema.name(), schema.geometryType(), LayerSchema.WGS84);
            }
            if (count > 0) {
                try (PreparedStatement ps = c.prepareStatement(AuditTrigger.INSERT_SQL)) {
                    ps.setString(1, schema.name());
                    ps.setString(2, null);
                    ps.setString(3, "insert");
                    ps.setString(4, user);
                    ps.setObject(5, at);
                    ps.setString(6, null);
                    ps.setString(7, "{\"seeded\":" + count + "}");
                    ps.executeUpdate();
                }
            }
            c.commit();
        }
    }

    @Override
    public void close() {
        if (done) return;
        done = true;
        batch = List.of();
        try {
            writer.cancel();
            abandon(null);
        } finally {
            if (spill != null) spill.close();
            closeQuietly(c);
        }
    }

    /** Drops whatever the load made; failures to do so are attached to {@code cause}. */
    private void abandon(Exception cause) {
        writer.cancel();
        try {
            c.rollback();
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS " + LayerTable.quoteStored(staging));
                if (published) {
                    s.execute("DROP TABLE IF EXISTS " + LayerTable.quoteStored(upper));
                    WorkspaceCatalog.remove(c, schema.name());
                }
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            if (cause != null) cause.addSuppressed(e);
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

    private static void closeQuietly(Connection conn) {
        if (conn == null) return;
        try {
            conn.close();
        } catch (SQLException ignored) {
            // returning a pooled connection after the load; nothing to report
        }
    }
}
