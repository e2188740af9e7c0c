package org.onemap.datasources.sync;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.onemap.datasources.postgis.PostgisChangeFeed;
import org.onemap.datasources.postgis.PostgisDatabase;

/**
 * Keeps a workspace in step with the server while online: every {@code NOTIFY} from the server (someone
 * committed a change) schedules a sync; notifications arriving within {@value #COALESCE_MILLIS} ms are
 * served by one run. Reports (with any conflicts) and failures go to the callbacks on a background thread;
 * a failed run is simply retried on the next notification or {@link #syncNow()}.
 */
public final class LiveSync implements AutoCloseable {
    static final long COALESCE_MILLIS = 200;

    private final WorkspaceSync sync;
    private final Consumer<SyncReport> onReport;
    private final Consumer<RuntimeException> onFailure;
    private final ScheduledExecutorService runner;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final PostgisChangeFeed feed;

    private LiveSync(WorkspaceSync sync, PostgisDatabase server, Consumer<SyncReport> onReport, Consumer<RuntimeException> onFailure) {
        this.sync = sync;
        this.onReport = onReport;
        this.onFailure = onFailure;
        this.runner = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "onemap-live-sync");
            t.setDaemon(true);
            return t;
        });
        this.feed = PostgisChangeFeed.start(server, layer -> syncSoon());
    }

    /** Starts listening to {@code server} and syncing {@code sync}'s workspace on every change there. */
    public static LiveSync start(WorkspaceSync sync, PostgisDatabase server, Consumer<SyncReport> onReport,
                                 Consumer<RuntimeException> onFailure) {
        return new LiveSync(sync, server, onReport, onFailure);
    }

    /** Schedules a sync now (after local edits, or when the network is back). */
    public void syncNow() {
        syncSoon();
    }

    private void syncSoon() {
        if (pending.compareAndSet(false, true)) runner.schedule(this::run, COALESCE_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void run() {
        pending.set(false);
        try {
            onReport.accept(sync.sync());
        } catch (RuntimeException e) {
            onFailure.accept(e);
        }
    }

    @Override
    public void close() {
        feed.close();
        runner.shutdown();
        try {
            runner.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
