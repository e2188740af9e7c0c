package org.onemap.core.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.LayerInfo;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.DataSourceException;
import org.onemap.core.spi.FeatureStore;
import org.onemap.core.spi.Transaction;
import org.onemap.core.spi.VersionConflictException;

/** One in-memory layer: a sorted map of features guarded by the layer's monitor; scans for queries. */
final class MemoryLayer implements FeatureStore {
    private final LayerSchema schema;
    private final TreeMap<Long, Feature> features = new TreeMap<>();
    private long nextId = 1;

    MemoryLayer(LayerSchema schema) { this.schema = schema; }

    @Override
    public LayerSchema schema() { return schema; }

    @Override
    public long count(Query q) {
        long[] n = {0};
        read(q, f -> n[0]++);
        return n[0];
    }

    @Override
    public void read(Query q, Consumer<Feature> sink) {
        List<Feature> snapshot;
        synchronized (this) { snapshot = new ArrayList<>(features.values()); }
        int emitted = 0;
        for (Feature f : snapshot) {
            if (q.bbox() != null && (f.geometry() == null || !q.bbox().intersects(f.geometry().getEnvelopeInternal())
                    || !f.geometry().intersects(f.geometry().getFactory().toGeometry(q.bbox())))) continue;
            if (!q.filters().stream().allMatch(c -> c.test(f))) continue;
            sink.accept(f);
            if (q.limit() > 0 && ++emitted >= q.limit()) return;
        }
    }

    @Override
    public synchronized Envelope extent() {
        if (features.isEmpty()) return null;
        Envelope e = new Envelope();
        for (Feature f : features.values()) if (f.geometry() != null) e.expandToInclude(f.geometry().getEnvelopeInternal());
        return e;
    }

    synchronized LayerInfo info() {
        return new LayerInfo(schema.name(), schema.geometryType(), features.size(), extent());
    }

    @Override
    public Transaction begin(String user) {
        return new Transaction() {
            private final TreeMap<Long, Feature> work;
            private long next;
            private boolean done;

            {
                synchronized (MemoryLayer.this) {
                    work = new TreeMap<>(features);
                    next = nextId;
                }
            }

            @Override
            public String insert(Feature f) {
                long id = f.id() == null ? next++ : parseId(f.id());
                next = Math.max(next, id + 1);
                if (work.containsKey(id)) throw new DataSourceException("duplicate id " + id + " in layer " + schema.name());
                work.put(id, new Feature(Long.toString(id), f.geometry(), f.attributes(), 1));
                return Long.toString(id);
            }

            @Override
            public void update(Feature f) {
                long id = parseId(f.id());
                Feature old = current(id, f.version());
                Map<String, Object> attrs = new java.util.LinkedHashMap<>(old.attributes());
                attrs.putAll(f.attributes());
                work.put(id, new Feature(f.id(), f.geometry(), attrs, old.version() + 1));
            }

            @Override
            public void delete(String id, long version) {
                long key = parseId(id);
                current(key, version);
                work.remove(key);
            }

            private Feature current(long id, long version) {
                Feature old = work.get(id);
                if (old == null) throw new DataSourceException("no feature " + id + " in layer " + schema.name());
                if (old.version() != version) throw new VersionConflictException(schema.name(), Long.toString(id), version, old.version());
                return old;
            }

            @Override
            public void commit() {
                synchronized (MemoryLayer.this) {
                    features.clear();
                    features.putAll(work);
                    nextId = next;
                }
                done = true;
            }

            @Override
            public void rollback() { done = true; }

            @Override
            public void close() { done = true; }
        };
    }

    private long parseId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new DataSourceException("feature id must be an integer in layer " + schema.name() + ": " + id);
        }
    }
}
