package org.onemap.dataimport.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.onemap.core.crs.CrsRegistry;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.spi.BulkLoading;
import org.onemap.core.spi.DataSource;
import org.onemap.dataimport.ImportCancelledException;
import org.onemap.dataimport.ImportContext;
import org.onemap.dataimport.ImportProgress;
import org.onemap.dataimport.ImportReport;
import org.onemap.dataimport.ImportSource;
import org.onemap.dataimport.SourceRecord;

/**
 * Writes a table's valid rows into the new layer while the rest of the file is still being read, so the
 * database's inserts run on one core beside the reading on the other instead of after it. The column types
 * are only known once every row is read; this guesses them from the first {@link #SAMPLE} valid rows and
 * writes with that guess. At the end the guess is checked against the types of all rows: when they agree
 * (and an all-or-nothing import met no problem) the early write IS the import; otherwise it is abandoned —
 * its staging table dropped, nothing published — and the import writes from its temp file as it always did.
 * So the result never depends on the guess, only the time does.
 *
 * <p>Only for a new layer in a store that bulk-loads, and only when the sample's rows come in spatial order
 * (each row near the one before, as survey sheets listed by village are): they are then written as they
 * come; rows in no order are better held back and written in Hilbert order, which the usual path does.
 */
final class EarlyWrite implements AutoCloseable {
    static final int SAMPLE = 2000;
    private static final int CHUNK = 256;
    /** Mean step between consecutive rows' centres, as a share of the sample's extent, up to which rows count as in order. */
    private static final double ORDERED_STEP = 0.05;
    private static final Object END = new Object();

    private final DataSource ws;
    private final Path file;
    private final ImportRequest req;
    private final ImportProgress progress;
    private final ImportReport scratch;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(16);
    private List<SourceRecord> pending = new ArrayList<>(SAMPLE);
    private LayerSchema guess;
    private Thread thread;
    private volatile boolean abandoned;
    private volatile ImportResult result;
    private boolean off;

    private EarlyWrite(DataSource ws, Path file, ImportRequest req, ImportProgress progress) {
        this.ws = ws;
        this.file = file;
        this.req = req;
        this.progress = progress;
        this.scratch = new ImportReport(file.getFileName().toString());
    }

    /** An early write for this import, or null when it cannot take that path (existing layer, no bulk loading). */
    static EarlyWrite forImport(DataSource ws, Path file, ImportRequest req, ImportProgress progress) {
        if (!(ws instanceof BulkLoading) || !StreamingImport.BULK) return null;
        if (ws.hasLayer(WorkspaceImport.layerName(req.layer(), file.getFileName().toString()))) return null;
        return new EarlyWrite(ws, file, req, progress);
    }

    /**
     * One more valid row, its geometry in WGS84; {@code typesSoFar} gives the schema the rows read so far
     * imply. {@code report} is the import's: an all-or-nothing import that met a problem stops writing early.
     */
    void offer(SourceRecord r, Geometry wgs, ImportReport report, Supplier<LayerSchema> typesSoFar) {
        if (off) return;
        if (req.rows() == ImportRequest.RowMode.ALL && report.hasErrors()) {
            abandon();
            return;
        }
        pending.add(new SourceRecord(r.sheet(), r.row(), wgs, CrsRegistry.WGS84, r.attributes()));
        if (thread == null) {
            if (pending.size() < SAMPLE) return;
            if (!inSpatialOrder(pending)) {
                abandon();
                return;
            }
            guess = typesSoFar.get();
            start();
        }
        if (pending.size() >= CHUNK) hand(pending);
    }

    /**
     * The import's result when the early write stands for it: every row was read, {@code types} (from all
     * rows) is what was guessed, and an all-or-nothing import met no problem. Null otherwise (the caller
     * writes from its temp file; what was written early is gone).
     */
    ImportResult finish(LayerSchema types, ImportReport report) {
        if (thread == null || off) {
            abandon();
            return null;
        }
        boolean same = types.geometryType() == guess.geometryType() && types.fields().equals(guess.fields());
        if (!same || (req.rows() == ImportRequest.RowMode.ALL && report.hasErrors())) {
            abandon();
            return null;
        }
        if (!pending.isEmpty()) hand(pending);
        if (!off) hand(END);
        join();
        ImportResult r = result;
        if (r == null) return null; // it failed: the usual path says why, if the reason was not its own
        report.merge(scratch);
        return new ImportResult(r.importId(), r.layer(), r.written(), report.rejectedRows(), r.created(), report);
    }

    /** Stops an early write that is under way; what it wrote is dropped. */
    @Override
    public void close() {
        abandon();
    }

    private void abandon() {
        off = true;
        pending = null;
        if (thread == null) return;
        abandoned = true;
        queue.clear();
        queue.offer(END);
        join();
    }

    private void start() {
        ImportProgress quiet = new ImportProgress() {
            @Override
            public void advance(String stage, long done, long total) { } // the reading reports progress

            @Override
            public boolean cancelled() { return abandoned || progress.cancelled(); }
        };
        Feed feed = new Feed();
        thread = new Thread(() -> {
            try {
                result = new StreamingImport(ws, feed, guess, scratch, quiet).validated().inGivenOrder().run(file, req);
            } catch (RuntimeException | java.io.IOException | Error e) {
                result = null; // abandoned, rejected or failed: finish() falls back to the usual write, which reports it
            }
        }, "onemap-import-early-write");
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues a chunk (or END) for the writing thread; gives up when that thread has stopped. */
    private void hand(Object chunk) {
        if (chunk == pending) pending = new ArrayList<>(CHUNK);
        try {
            while (!queue.offer(chunk, 50, TimeUnit.MILLISECONDS)) {
                if (!thread.isAlive()) {
                    abandon();
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandon();
        }
    }

    private void join() {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    /** True when consecutive rows lie close together: the mean step is a small share of the rows' extent. */
    static boolean inSpatialOrder(List<SourceRecord> rows) {
        Envelope extent = new Envelope();
        double steps = 0, px = Double.NaN, py = Double.NaN;
        for (SourceRecord r : rows) {
            Envelope e = r.geometry().getEnvelopeInternal();
            if (e.isNull()) continue;
            double x = (e.getMinX() + e.getMaxX()) / 2, y = (e.getMinY() + e.getMaxY()) / 2;
            extent.expandToInclude(x, y);
            if (!Double.isNaN(px)) steps += Math.hypot(x - px, y - py);
            px = x;
            py = y;
        }
        double diagonal = Math.hypot(extent.getWidth(), extent.getHeight());
        return diagonal == 0 || steps / Math.max(1, rows.size() - 1) <= ORDERED_STEP * diagonal;
    }

    /** The rows handed over, as a source the write pass reads; ends at END, or throws when abandoned. */
    private final class Feed implements ImportSource {
        @Override
        public List<String> description() { return List.of(); }

        @Override
        public List<String> columns() { return List.of(); }

        @Override
        @SuppressWarnings("unchecked")
        public void read(ImportContext context, java.util.function.Consumer<SourceRecord> sink) {
            try {
                while (true) {
                    Object c = queue.take();
                    if (abandoned) throw new ImportCancelledException();
                    if (c == END) return;
                    for (SourceRecord r : (List<SourceRecord>) c) sink.accept(r);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ImportCancelledException();
            }
        }

        @Override
        public void close() { }
    }
}
