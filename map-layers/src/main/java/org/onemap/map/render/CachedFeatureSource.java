package org.onemap.map.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.crs.WebMercator;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.FeatureSource;

/**
 * A polygon layer with a render cache: reads, counts and extents go to the wrapped source, while the
 * {@link MapRenderer} draws from a packed, projected, indexed copy of its polygons (built once, on
 * first render or by {@link #warm()}) instead of reading and parsing every feature per render.
 *
 * <p>With {@link #persistedIn} the packed copy is also stored in a file, so the next process loads it
 * with a few bulk reads instead of reading every feature (see {@link RenderCacheStore}).
 *
 * <p>An edit calls {@link #invalidate(Envelope)} with a box covering the edited features before and
 * after the change: cached features meeting it are hidden and the features now inside it are re-read
 * from the source into a small overlay. Thread-safe: renders read an immutable snapshot.
 */
public final class CachedFeatureSource implements FeatureSource {
    /** After this many edit boxes the cache is rebuilt from scratch on the next render. */
    private static final int MAX_EDIT_BOXES = 64;

    private final FeatureSource source;
    private final String categoryField;
    private final Path file;                   // null = memory only
    private final Supplier<String> stamp;      // the data's identity for the file; null = do not persist
    private final Envelope window;             // lon/lat: read only the stored blocks meeting it; null = all
    private volatile Snapshot snapshot;        // null = not built
    private volatile String storedAs;          // stamp of the file the main cache matches; null = not stored
    private final List<Envelope> editBoxes = new ArrayList<>();

    /** What a render draws: the built cache minus hidden features, plus the re-read overlay. */
    record Snapshot(RenderCache main, BitSet hidden, RenderCache overlay) {}

    private CachedFeatureSource(FeatureSource source, String categoryField, Path file, Supplier<String> stamp, Envelope window) {
        this.source = source;
        this.categoryField = categoryField;
        this.file = file;
        this.stamp = stamp;
        this.window = window;
    }

    /**
     * The same layer with its cache also kept in {@code file} between processes, valid while
     * {@code stamp} (computed once per build; null = do not persist) gives the same text.
     */
    public CachedFeatureSource persistedIn(Path file, Supplier<String> stamp) {
        return new CachedFeatureSource(source, categoryField, file, stamp, null);
    }

    /**
     * The same layer for renders inside the lon/lat box {@code lonLat} only (a one-off render of a
     * window): a stored cache is then read only in the blocks meeting the box, a fraction of a big
     * layer. Features outside the box may be missing, so do not use it for other views.
     */
    public CachedFeatureSource within(Envelope lonLat) {
        return new CachedFeatureSource(source, categoryField, file, stamp, new Envelope(lonLat));
    }

    /**
     * Wraps a polygon layer; {@code categoryField} (null = none) is the attribute its style colours by,
     * kept per feature as a small index.
     */
    public static CachedFeatureSource of(FeatureSource source, String categoryField) {
        if (source instanceof CachedFeatureSource c && java.util.Objects.equals(c.categoryField, categoryField)) return c;
        return new CachedFeatureSource(source instanceof CachedFeatureSource c ? c.source : source, categoryField, null, null, null);
    }

    /** The wrapped source. */
    public FeatureSource source() { return source; }

    /** The attribute kept per feature for category colours, or null. */
    public String categoryField() { return categoryField; }

    /** Builds the cache now (e.g. at workspace open) rather than on the first render. */
    public void warm() { snapshot(); }

    /** Whether the cache is built. */
    public boolean isBuilt() { return snapshot != null; }

    /** Approximate heap bytes held by the cache (0 when not built). */
    public long cachedBytes() {
        Snapshot s = snapshot;
        return s == null ? 0 : s.main.bytes() + s.overlay.bytes() + s.hidden.size() / 8;
    }

    /** Features drawn from the cache (built features not hidden by edits, plus re-read ones). */
    public int cachedFeatures() {
        Snapshot s = snapshot();
        return s.main.size() - s.hidden.cardinality() + s.overlay.size();
    }

    /** Drops everything; the next render rebuilds from the source (a layer replaced or re-imported). */
    public synchronized void clear() {
        snapshot = null;
        storedAs = null;
        editBoxes.clear();
    }

    /**
     * Refreshes the cache where features changed: {@code lonLat} must cover the changed features'
     * old and new geometries. Nothing happens when the cache is not built yet.
     */
    public synchronized void invalidate(Envelope lonLat) {
        Snapshot s = snapshot;
        if (s == null || lonLat == null || lonLat.isNull()) return;
        if (editBoxes.size() >= MAX_EDIT_BOXES) {
            clear();
            return;
        }
        editBoxes.add(new Envelope(lonLat));
        storedAs = null;   // the drawn data is no longer what the file holds
        BitSet hidden = (BitSet) s.hidden.clone();
        Envelope m = mercator(lonLat);
        s.main.search(m.getMinX(), m.getMinY(), m.getMaxX(), m.getMaxY(), hidden::set);
        // Re-read every edited box: a feature may sit in several, the overlay keeps it once.
        RenderCache.Builder overlay = new RenderCache.Builder(categoryField);
        Set<String> seen = new HashSet<>();
        Consumer<Feature> add = f -> {
            if (seen.add(f.id())) overlay.accept(f);
        };
        for (Envelope box : editBoxes) source.read(Query.bbox(box), add);
        snapshot = new Snapshot(s.main, hidden, overlay.build());
    }

    Snapshot snapshot() {
        Snapshot s = snapshot;
        if (s != null) return s;
        synchronized (this) {
            if (snapshot == null) {
                snapshot = new Snapshot(load(), new BitSet(), new RenderCache.Builder(categoryField).build());
                editBoxes.clear();
            }
            return snapshot;
        }
    }

    // From the file when it holds this data, else from the source (and then stored for the next process).
    private RenderCache load() {
        String id = file != null && stamp != null ? stamp.get() : null;
        if (id != null && window != null) {
            RenderCache part = RenderCacheFile.read(file, id, mercator(window));
            if (part != null) return part;   // not what the file holds as a whole: storedAs stays null
        }
        if (id != null) {
            RenderCache stored = RenderCacheFile.read(file, id);
            if (stored != null) {
                storedAs = id;
                return stored;
            }
        }
        RenderCache.Builder b = new RenderCache.Builder(categoryField);
        source.read(Query.ALL, b);
        RenderCache built = b.build();
        if (id != null) {
            try {
                RenderCacheFile.write(file, id, built);
                storedAs = id;
            } catch (IOException | RuntimeException e) {
                // A cache that cannot be stored is rebuilt next time; the render itself is unaffected.
            }
        }
        return built;
    }

    /** The file holding this cache, or null when it is kept in memory only. */
    Path file() { return file; }

    /**
     * The stamp under which {@link #file()} holds exactly what this cache draws (built, unedited), or
     * null: not built yet, not persisted, or edited since.
     */
    String storedStamp() { return snapshot != null ? storedAs : null; }

    static Envelope mercator(Envelope lonLat) {
        return new Envelope(WebMercator.x(lonLat.getMinX()), WebMercator.x(lonLat.getMaxX()),
                WebMercator.y(Math.max(-85.05, lonLat.getMinY())), WebMercator.y(Math.min(85.05, lonLat.getMaxY())));
    }

    @Override
    public LayerSchema schema() { return source.schema(); }

    @Override
    public long count(Query query) { return source.count(query); }

    @Override
    public void read(Query query, Consumer<Feature> sink) { source.read(query, sink); }

    @Override
    public Envelope extent() { return source.extent(); }

    @Override
    public String name() { return source.name(); }

    @Override
    public String toString() { return "cached " + source; }
}
