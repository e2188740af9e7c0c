package org.onemap.datasources.mqtt;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.FeatureSource;

/**
 * The in-memory state of a live layer: each device's latest position (the features the map draws) and a
 * bounded track of its last positions. Positions older than a device's latest are refused, so a late
 * message never moves a device back. Thread-safe: the MQTT thread applies while the map reads.
 */
public final class LiveLayer implements FeatureSource {
    private static final GeometryFactory GF = new GeometryFactory(new PrecisionModel(), LayerSchema.WGS84);

    private final LiveFeedMapping mapping;
    private final LayerSchema schema;
    private final Map<String, Track> devices = new ConcurrentHashMap<>();

    /** One device: its positions, newest last, at most trackLength of them, and how many were applied. */
    private static final class Track {
        final ArrayDeque<LivePosition> positions = new ArrayDeque<>();
        long applied;
    }

    public LiveLayer(LiveFeedMapping mapping) {
        this.mapping = mapping;
        this.schema = mapping.schema();
    }

    public LiveFeedMapping mapping() { return mapping; }

    /** Applies a position; false (and nothing changes) when it is older than the device's latest. */
    public boolean apply(LivePosition p) {
        Track t = devices.computeIfAbsent(p.deviceId(), id -> new Track());
        synchronized (t) {
            LivePosition last = t.positions.peekLast();
            if (last != null && p.time().isBefore(last.time())) return false;
            t.positions.addLast(p);
            if (t.positions.size() > mapping.trackLength()) t.positions.removeFirst();
            t.applied++;
            return true;
        }
    }

    /** The device's remembered positions, oldest first (at most the mapping's track length). */
    public List<LivePosition> track(String deviceId) {
        Track t = devices.get(deviceId);
        if (t == null) return List.of();
        synchronized (t) {
            return List.copyOf(t.positions);
        }
    }

    public int deviceCount() { return devices.size(); }

    /** Devices whose last message is older than the mapping's stale time at {@code now}. */
    public List<String> staleDevices(Instant now) {
        Instant limit = now.minus(mapping.staleAfter());
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Track> e : devices.entrySet()) {
            LivePosition last = latest(e.getValue());
            if (last != null && last.time().isBefore(limit)) out.add(e.getKey());
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    private static LivePosition latest(Track t) {
        synchronized (t) {
            return t.positions.peekLast();
        }
    }

    @Override
    public LayerSchema schema() { return schema; }

    /** The latest position of every device as a point feature (id = device id, version = positions applied). */
    @Override
    public void read(Query query, Consumer<Feature> sink) {
        List<String> ids = new ArrayList<>(devices.keySet());
        ids.sort(Comparator.naturalOrder());
        int sent = 0;
        for (String id : ids) {
            Track t = devices.get(id);
            LivePosition p;
            long version;
            synchronized (t) {
                p = t.positions.peekLast();
                version = t.applied;
            }
            if (p == null) continue;
            if (query.bbox() != null && !query.bbox().contains(p.lon(), p.lat())) continue;
            Feature f = feature(p, version);
            if (!query.filters().stream().allMatch(c -> c.test(f))) continue;
            sink.accept(f);
            if (query.limit() > 0 && ++sent >= query.limit()) return;
        }
    }

    private Feature feature(LivePosition p, long version) {
        Map<String, Object> attrs = new LinkedHashMap<>();
        for (FieldDef d : mapping.values()) attrs.put(d.name(), p.values().get(d.name()));
        attrs.put(LiveFeedMapping.TIME, p.time());
        return new Feature(p.deviceId(), GF.createPoint(new Coordinate(p.lon(), p.lat())), attrs, version);
    }

    @Override
    public Envelope extent() {
        Envelope e = new Envelope();
        read(Query.ALL, f -> e.expandToInclude(f.geometry().getCoordinate()));
        return e.isNull() ? null : e;
    }
}
