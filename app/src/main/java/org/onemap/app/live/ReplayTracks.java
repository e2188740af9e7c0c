package org.onemap.app.live;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.logging.Logger;
import org.locationtech.jts.geom.Point;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.DataSource;
import org.onemap.datasources.h2gis.H2gisWorkspace;
import org.onemap.datasources.mqtt.LiveHistory;
import org.onemap.datasources.mqtt.LivePosition;

/**
 * Tracks to replay on the wall when no broker is configured: the layer's recorded history in the
 * workspace ({@link LiveHistory}) if it has one, else tracks generated from the layer's features
 * ({@link #generated()} says which: the wall labels generated replays as such). Each track is one
 * device's positions in order; the replay loops them.
 */
public record ReplayTracks(String layer, List<List<LivePosition>> tracks, boolean generated) {
    private static final Logger LOG = Logger.getLogger(ReplayTracks.class.getName());
    /** Recorded positions read at most, so a year of history cannot fill the heap. */
    static final int MAX_RECORDED = 200_000;
    /** Steps of one generated loop (a machine goes round its field in this many messages). */
    static final int LOOP_STEPS = 120;

    public ReplayTracks {
        tracks = List.copyOf(tracks);
    }

    public int devices() { return tracks.size(); }

    /** The recorded tracks of {@code layer}, else generated ones, else none (an empty replay). */
    public static ReplayTracks of(DataSource workspace, String layer) {
        ReplayTracks recorded = recorded(workspace, layer);
        if (recorded != null && recorded.devices() > 0) return recorded;
        return generate(workspace, layer);
    }

    private static ReplayTracks recorded(DataSource workspace, String layer) {
        if (!(workspace instanceof H2gisWorkspace h) || h.isReadOnly()) return null;
        Map<String, List<LivePosition>> byDevice = new LinkedHashMap<>();
        int[] n = {0};
        try (LiveHistory history = LiveHistory.open(h)) {
            history.replay(layer, Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z"), p -> {
                if (n[0]++ < MAX_RECORDED) byDevice.computeIfAbsent(p.deviceId(), d -> new ArrayList<>()).add(p);
            });
        } catch (RuntimeException e) {
            LOG.info("wall: no recorded live history for " + layer + ": " + e.getMessage());
            return null;
        }
        return new ReplayTracks(layer, new ArrayList<>(byDevice.values()), false);
    }

    /**
     * Labelled synthetic tracks from the layer's features: moving machines (status working or transit)
     * circle an ellipse of 150–600 m round their position; others stand; sensors keep their place and
     * their reading drifts round its value. Deterministic per device id.
     */
    public static ReplayTracks generate(DataSource workspace, String layer) {
        List<List<LivePosition>> out = new ArrayList<>();
        if (!workspace.hasLayer(layer)) return new ReplayTracks(layer, out, true);
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        for (Feature f : workspace.layer(layer).list(Query.ALL)) {
            if (!(f.geometry() instanceof Point p) || p.isEmpty()) continue;
            SplittableRandom r = new SplittableRandom(f.id().hashCode());
            boolean moving = "working".equals(f.get("status")) || "transit".equals(f.get("status"));
            double rx = moving ? (150 + 450 * r.nextDouble()) / 98_000 : 0; // metres → degrees at 27.8°N (lon)
            double ry = moving ? (150 + 450 * r.nextDouble()) / 111_000 : 0;
            double phase = r.nextDouble() * 2 * Math.PI;
            double base = f.get("value") instanceof Number v ? v.doubleValue() : Double.NaN;
            List<LivePosition> track = new ArrayList<>(LOOP_STEPS);
            for (int i = 0; i < LOOP_STEPS; i++) {
                double a = phase + 2 * Math.PI * i / LOOP_STEPS;
                Map<String, Object> values = new LinkedHashMap<>();
                values.put("generated", true);
                if (!Double.isNaN(base)) values.put("value", Math.round(base * (1 + 0.08 * Math.sin(a)) * 10) / 10.0);
                if (f.get("status") != null) values.put("status", f.get("status"));
                track.add(new LivePosition(f.id(), p.getX() + rx * Math.cos(a), p.getY() + ry * Math.sin(a), t0.plusSeconds(i), values));
            }
            out.add(track);
        }
        return new ReplayTracks(layer, out, true);
    }
}
