package org.onemap.map.render;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.strtree.STRtree;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.FeatureSource;

/**
 * A small layer held in memory for a tile renderer: its features are read once, on the first read, and
 * every later bbox read is answered from an R-tree instead of a database query. A 4K view fills with
 * about 200 tiles, each reading every small point and line layer of the map (some twenty in the
 * seeded workspace); those queries were 14 % of the tile workers' time (BENCHMARKS.md, "Interactive
 * pan", session 11). A layer of more than {@link #MAX_FEATURES} features is not held: reads go on to the
 * source.
 *
 * <p>The copy lives as long as the renderer's layer set, as its rendered tiles do: a data change that
 * the map shows already either installs a new layer set or invalidates a box ({@link #forget()} drops
 * the copy then). Reads with attribute filters or a limit go to the source. Thread-safe.
 */
public final class HeldLayer implements FeatureSource {
    /** Layers up to this many features are held (a few MB at most). */
    public static final int MAX_FEATURES = 20_000;
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final FeatureSource source;
    private final AtomicLong generation = new AtomicLong();   // counts forget(): a read begun before one is not kept
    private volatile Held held;   // null: not read yet

    /** The features in read order, indexed by envelope (values: positions); or too big to hold. */
    private record Held(List<Feature> features, STRtree index, boolean tooBig) {}

    private HeldLayer(FeatureSource source) {
        this.source = source;
    }

    /** {@code layer} drawing from a held copy, unless its source is a render cache (polygons drawn from packed arrays). */
    public static RenderLayer heldIn(RenderLayer layer) {
        FeatureSource s = layer.source();
        if (s instanceof CachedFeatureSource || s instanceof HeldLayer) return layer;
        return layer.withSource(new HeldLayer(s));
    }

    /** The source it holds a copy of. */
    public FeatureSource source() { return source; }

    /** Whether the features are held now (false before the first read and for a layer too big to hold). */
    public boolean isHeld() {
        Held h = held;
        return h != null && !h.tooBig();
    }

    /** Drops the copy; the next read reads the layer again. */
    public void forget() {
        generation.incrementAndGet();
        held = null;
    }

    @Override
    public void read(Query query, Consumer<Feature> sink) {
        if (!query.filters().isEmpty() || query.limit() > 0) {
            source.read(query, sink);
            return;
        }
        Held h = held();
        if (h.tooBig()) {
            source.read(query, sink);
        } else if (query.bbox() == null) {
            h.features().forEach(sink);
        } else {
            readBox(h, query.bbox(), sink);
        }
    }

    // the source's contract: geometries intersecting the box, in the order the source gives them
    private static void readBox(Held h, Envelope box, Consumer<Feature> sink) {
        List<?> hits = h.index().query(box);
        int[] positions = new int[hits.size()];
        for (int i = 0; i < positions.length; i++) positions[i] = (Integer) hits.get(i);
        java.util.Arrays.sort(positions);
        Geometry rectangle = null;
        for (int p : positions) {
            Feature f = h.features().get(p);
            Geometry g = f.geometry();
            if (!(g instanceof Point) && !box.contains(g.getEnvelopeInternal())) {
                if (rectangle == null) rectangle = GEOMETRY.toGeometry(box);
                if (!rectangle.intersects(g)) continue;
            }
            sink.accept(f);
        }
    }

    private Held held() {
        Held h = held;
        if (h != null) return h;
        synchronized (this) {
            if (held != null) return held;
            long before = generation.get();
            Held read = read();
            if (generation.get() == before) held = read;
            return read;
        }
    }

    private Held read() {
        if (source.count(Query.ALL) > MAX_FEATURES) return new Held(List.of(), null, true);
        List<Feature> features = new ArrayList<>();
        source.read(Query.ALL, features::add);
        STRtree index = new STRtree();
        for (int i = 0; i < features.size(); i++) {
            Geometry g = features.get(i).geometry();
            if (g != null && !g.isEmpty()) index.insert(g.getEnvelopeInternal(), i);
        }
        index.build();
        return new Held(List.copyOf(features), index, false);
    }

    @Override
    public LayerSchema schema() { return source.schema(); }

    @Override
    public long count(Query query) { return source.count(query); }

    @Override
    public Envelope extent() { return source.extent(); }

    @Override
    public String name() { return source.name(); }

    @Override
    public String toString() { return "held " + source; }
}
