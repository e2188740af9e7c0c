package org.onemap.datasources.mqtt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.onemap.core.spi.DataSourceException;
import org.onemap.datasources.h2gis.H2gisWorkspace;

/**
 * The persisted history of live layers in the workspace ({@code onemap_live_history}), for replaying a
 * time window. Positions are queued in memory and written in batches by a background flush (every
 * {@value #FLUSH_MILLIS} ms), so a burst of messages costs one insert batch, not a transaction each.
 */
public final class LiveHistory implements AutoCloseable {
    static final long FLUSH_MILLIS = 500;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final H2gisWorkspace workspace;
    private final List<Object[]> queue = new ArrayList<>();
    private final ScheduledExecutorService flusher;

    private LiveHistory(H2gisWorkspace workspace) {
        this.workspace = workspace;
        this.flusher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "onemap-live-history");
            t.setDaemon(true);
            return t;
        });
        flusher.scheduleWithFixedDelay(this::flushQuietly, FLUSH_MILLIS, FLUSH_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Opens the history of {@code workspace}, creating its table on first use. */
    public static LiveHistory open(H2gisWorkspace workspace) {
        try (Connection c = workspace.connection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS ONEMAP_LIVE_HISTORY(LAYER VARCHAR(63) NOT NULL, DEVICE VARCHAR NOT NULL, "
                    + "T TIMESTAMP WITH TIME ZONE NOT NULL, LON DOUBLE PRECISION NOT NULL, LAT DOUBLE PRECISION NOT NULL, VALS VARCHAR)");
            s.execute("CREATE INDEX IF NOT EXISTS ONEMAP_LIVE_HISTORY_T ON ONEMAP_LIVE_HISTORY(LAYER, T)");
        } catch (SQLException e) {
            throw new DataSourceException("cannot prepare the live history in " + workspace.folder() + ": " + e.getMessage(), e);
        }
        return new LiveHistory(workspace);
    }

    /** Queues a position for writing; cheap enough to call from the MQTT thread for every message. */
    public void record(String layer, LivePosition p) {
        String vals;
        try {
            vals = p.values().isEmpty() ? null : JSON.writeValueAsString(p.values());
        } catch (JsonProcessingException e) {
            vals = null; // values Jackson cannot write (never for parsed messages): keep the position
        }
        Object[] row = {layer, p.deviceId(), OffsetDateTime.ofInstant(p.time(), ZoneOffset.UTC), p.lon(), p.lat(), vals};
        synchronized (queue) {
            queue.add(row);
        }
    }

    /** Writes every queued position now. */
    public void flush() {
        List<Object[]> batch;
        synchronized (queue) {
            if (queue.isEmpty()) return;
            batch = new ArrayList<>(queue);
            queue.clear();
        }
        try (Connection c = workspace.connection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO ONEMAP_LIVE_HISTORY(LAYER, DEVICE, T, LON, LAT, VALS) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (Object[] row : batch) {
                    for (int i = 0; i < row.length; i++) ps.setObject(i + 1, row[i]);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
            c.setAutoCommit(true);
        } catch (SQLException e) {
            synchronized (queue) {
                queue.addAll(0, batch); // keep them for the next flush
            }
            throw new DataSourceException("cannot write the live history in " + workspace.folder() + ": " + e.getMessage(), e);
        }
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException ignored) {
            // kept queued; the next flush (or close) retries and reports
        }
    }

    /** Replays the positions of {@code layer} recorded in [{@code from}, {@code to}), in time order (per device in arrival order). */
    public void replay(String layer, Instant from, Instant to, Consumer<LivePosition> sink) {
        flush();
        try (Connection c = workspace.connection();
             PreparedStatement ps = c.prepareStatement("SELECT DEVICE, T, LON, LAT, VALS FROM ONEMAP_LIVE_HISTORY "
                     + "WHERE LAYER = ? AND T >= ? AND T < ? ORDER BY T, _ROWID_")) {
            ps.setString(1, layer);
            ps.setObject(2, OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
            ps.setObject(3, OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String vals = rs.getString(5);
                    Map<String, Object> values = vals == null ? Map.of() : JSON.readValue(vals, new TypeReference<Map<String, Object>>() {});
                    sink.accept(new LivePosition(rs.getString(1), rs.getDouble(3), rs.getDouble(4),
                            rs.getObject(2, OffsetDateTime.class).toInstant(), values));
                }
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new DataSourceException("cannot replay the live history of " + layer + ": " + e.getMessage(), e);
        }
    }

    /** Writes what is queued and stops the background flush. */
    @Override
    public void close() {
        flusher.shutdown();
        try {
            flusher.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flush();
    }
}
