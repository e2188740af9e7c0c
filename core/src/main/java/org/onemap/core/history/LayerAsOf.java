package org.onemap.core.history;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.FeatureSource;

/**
 * A layer as it was at an instant, built from the live layer and what changed since: features changed
 * after the instant are replaced by their image then (absent when they were inserted later). Changes
 * since an instant are few next to a layer's size, so reads use the live layer's index and only the
 * changed features are checked here. Read-only and immutable.
 */
public final class LayerAsOf implements FeatureSource {
    private final FeatureSource current;
    private final boolean currentShown;
    private final Map<String, Feature> past; // id → image at the instant; null value = did not exist then

    /**
     * @param current the live layer
     * @param past    for every feature changed since the instant, its image then, or null when it did not
     *                exist then
     */
    public LayerAsOf(FeatureSource current, Map<String, Feature> past) {
        this(current, true, past);
    }

    private LayerAsOf(FeatureSource current, boolean currentShown, Map<String, Feature> past) {
        this.current = current;
        this.currentShown = currentShown;
        this.past = Collections.unmodifiableMap(new HashMap<>(past));
    }

    /** The layer before it had any feature (an instant before it was created or first loaded). */
    public static LayerAsOf empty(FeatureSource current) {
        return new LayerAsOf(current, false, Map.of());
    }

    /** How many features differ from the live layer. */
    public int changedSince() { return currentShown ? past.size() : -1; }

    @Override
    public LayerSchema schema() { return current.schema(); }

    @Override
    public void read(Query query, Consumer<Feature> sink) {
        if (!currentShown) return;
        Query unlimited = new Query(query.bbox(), query.filters(), 0);
        List<Feature> out = new ArrayList<>();
        current.read(unlimited, f -> {
            if (!past.containsKey(f.id())) out.add(f);
        });
        for (Feature f : past.values()) {
            if (f != null && matches(f, query)) out.add(f);
        }
        out.sort(ID_ORDER);
        int n = 0;
        for (Feature f : out) {
            sink.accept(f);
            if (query.limit() > 0 && ++n >= query.limit()) return;
        }
    }

    /** The live layer's extent widened by the past images (it may still cover features inserted since). */
    @Override
    public Envelope extent() {
        if (!currentShown) return null;
        Envelope e = new Envelope();
        Envelope now = current.extent();
        if (now != null) e.expandToInclude(now);
        for (Feature f : past.values()) {
            if (f != null && f.geometry() != null) e.expandToInclude(f.geometry().getEnvelopeInternal());
        }
        return e.isNull() ? null : e;
    }

    private static boolean matches(Feature f, Query q) {
        if (q.bbox() != null) {
            if (f.geometry() == null || !q.bbox().intersects(f.geometry().getEnvelopeInternal())) return false;
            if (!f.geometry().intersects(f.geometry().getFactory().toGeometry(q.bbox()))) return false;
        }
        return q.filters().stream().allMatch(c -> c.test(f));
    }

    /** Numeric ids by value, others as text, as stores order them. */
    private static final Comparator<Feature> ID_ORDER = (a, b) -> {
        Long x = number(a.id());
        Long y = number(b.id());
        if (x != null && y != null) return Long.compare(x, y);
        return String.valueOf(a.id()).compareTo(String.valueOf(b.id()));
    };

    private static Long number(String id) {
        try {
            return id == null ? null : Long.valueOf(id);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String toString() { return current.name() + " as of the past (" + past.size() + " features differ)"; }
}
