package org.onemap.app.wall.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.logging.Logger;

/**
 * Soak samples of a running wall, one tab-separated line each, to the file named by
 * {@code -Donemap.soak.log=FILE}: a first sample after {@code -Donemap.soak.firstSeconds} (default 60),
 * then every {@code -Donemap.soak.everySeconds} (default 600). Each sample forces a full GC first, so
 * "heap" is the live heap after GC: its trend over hours is what tells a leak. The frame gap that GC makes
 * is the measurement's and is not counted as a stall.
 */
public final class SoakRecorder implements AutoCloseable {
    public static final String HEADER = "time\telapsed_s\theap_after_gc_mb\theap_committed_mb\tmax_stall_ms\tstalls_over_100ms\tframes"
            + "\tcarousel_views\tupdates_received\tupdates_applied\tstalls_in_view_changes\tmax_stall_in_interval_ms";
    private static final Logger LOG = Logger.getLogger(SoakRecorder.class.getName());
    private final Path file;
    private final StallStats stalls;
    private final LongSupplier carouselViews;
    private final LongSupplier received;
    private final LongSupplier applied;
    private final long startNanos = System.nanoTime();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "onemap-soak-recorder");
        t.setDaemon(true);
        return t;
    });

    public SoakRecorder(Path file, StallStats stalls, LongSupplier carouselViews, LongSupplier received, LongSupplier applied) {
        this.file = file;
        this.stalls = stalls;
        this.carouselViews = carouselViews;
        this.received = received;
        this.applied = applied;
    }

    /** Starts recording when {@code -Donemap.soak.log} is set; null otherwise. */
    public static SoakRecorder fromSystemProperties(StallStats stalls, LongSupplier carouselViews, LongSupplier received, LongSupplier applied) {
        String f = System.getProperty("onemap.soak.log");
        if (f == null || f.isBlank()) return null;
        SoakRecorder r = new SoakRecorder(Path.of(f), stalls, carouselViews, received, applied);
        r.start(Duration.ofSeconds(Long.getLong("onemap.soak.firstSeconds", 60)), Duration.ofSeconds(Long.getLong("onemap.soak.everySeconds", 600)));
        return r;
    }

    public void start(Duration first, Duration every) {
        try {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            if (!Files.exists(file) || Files.size(file) == 0) Files.writeString(file, HEADER + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the soak log " + file + ": " + e.getMessage(), e);
        }
        timer.schedule(this::sampleQuietly, first.toMillis(), TimeUnit.MILLISECONDS);
        timer.scheduleAtFixedRate(this::sampleQuietly, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        // a last sample when the soak's timer stops the wall
        Runtime.getRuntime().addShutdownHook(new Thread(this::sampleQuietly, "onemap-soak-last-sample"));
        LOG.info("wall: soak samples to " + file + " after " + first.toSeconds() + " s, then every " + every.toSeconds() + " s");
    }

    /** Takes one sample now and appends it. */
    public String sample() {
        double maxStall = stalls.maxGapNowMillis();   // before the forced GC below, which stops the FX thread too
        double intervalMax = stalls.takeIntervalMaxGapMillis();
        System.gc();
        stalls.excludeRunningGap();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        String line = String.format(java.util.Locale.ROOT, "%s\t%d\t%.1f\t%.1f\t%.1f\t%d\t%d\t%d\t%d\t%d\t%d\t%.1f",
                Instant.now(), (System.nanoTime() - startNanos) / 1_000_000_000L, heap.getUsed() / 1048576.0, heap.getCommitted() / 1048576.0,
                maxStall, stalls.stalls(), stalls.frames(), carouselViews.getAsLong(), received.getAsLong(), applied.getAsLong(),
                stalls.viewChangeStalls(), intervalMax);
        try {
            Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND, StandardOpenOption.CREATE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return line;
    }

    private void sampleQuietly() {
        try {
            sample();
        } catch (RuntimeException e) {
            LOG.warning("wall: soak sample failed: " + e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
