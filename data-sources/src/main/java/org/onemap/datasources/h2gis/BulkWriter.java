package org.onemap.datasources.h2gis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The writing half of a {@link H2gisBulkLoad}: one thread that executes and commits the batches the
 * reading thread hands over. The queue holds two batches, so at most three batches of rows are in memory
 * however large the file; the reader blocks when the database falls behind. A failure is kept and
 * rethrown to the reader on its next {@link #submit} or at {@link #finish}.
 */
final class BulkWriter {
    private static final List<Object[]> END = List.of();

    private final Connection c;
    private final PreparedStatement insert;
    private final String layer;
    private final BlockingQueue<List<Object[]>> queue = new ArrayBlockingQueue<>(2);
    private final Thread thread;
    private volatile Throwable failure;
    private volatile boolean cancelled;
    private long rows;

    BulkWriter(Connection c, PreparedStatement insert, String layer) {
        this.c = c;
        this.insert = insert;
        this.layer = layer;
        thread = new Thread(this::run, "onemap-bulk-load-" + layer);
        thread.setDaemon(true);
        thread.start();
    }

    /** Hands a batch to the writer; blocks while two are waiting. */
    void submit(List<Object[]> batch) throws DataSourceFailure {
        rethrow();
        try {
            while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) rethrow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataSourceFailure("loading layer " + layer + " was interrupted", e);
        }
    }

    /** Waits until every submitted batch is written and committed. */
    void finish() throws SQLException {
        submit(END);
        join();
        rethrow();
        try {
            insert.close();
        } catch (SQLException ignored) {
            // all rows are committed; closing the statement changes nothing
        }
    }

    /** Stops writing (the caller drops the table) and waits for the thread, so the connection is free again. */
    void cancel() {
        cancelled = true;
        queue.clear();
        queue.offer(END);
        join();
    }

    private void join() {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        try {
            while (!cancelled) {
                List<Object[]> batch = queue.take();
                if (batch == END) return;
                for (Object[] row : batch) {
                    for (int i = 0; i < row.length; i++) insert.setObject(i + 1, row[i]);
                    insert.addBatch();
                }
                if (cancelled) return;
                insert.executeBatch();
                c.commit(); // the staging table is no layer yet: committing per batch keeps H2's undo log small
                rows += batch.size();
            }
        } catch (Throwable t) {
            failure = t;
        }
    }

    private void rethrow() {
        Throwable t = failure;
        if (t == null) return;
        if (t instanceof java.sql.BatchUpdateException b && b.getNextException() != null) t = b.getNextException();
        throw new DataSourceFailure("writing row " + (rows + 1) + "… of layer " + layer + " failed: " + t.getMessage(), t);
    }

    /** A write failure carried from the writer thread to the reader. */
    static final class DataSourceFailure extends org.onemap.core.spi.DataSourceException {
        DataSourceFailure(String message, Throwable cause) { super(message, cause); }
    }
}
