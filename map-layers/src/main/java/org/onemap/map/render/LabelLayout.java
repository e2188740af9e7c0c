package org.onemap.map.render;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.index.strtree.STRtree;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.FeatureSource;

/**
 * {@link ViewportLabels} for an interactive map: the same placement, from in-memory copies of the
 * labelled layers (indexed by envelope) instead of a database query per layer per view, so laying
 * the labels out again after a pan costs milliseconds. A layer is copied the first time its labels
 * show; layers with more than {@link #MAX_COPIED_FEATURES} features are read from their source each
 * time. Copies of sources no longer in the layer list are dropped; call {@link #invalidate} after
 * an edit. Thread-safe.
 */
public final class LabelLayout {
    /** Bigger labelled layers are not copied into memory. */
    public static final int MAX_COPIED_FEATURES = 50_000;

    // Keyed by source identity: a layer switched off and on keeps its copy, a replaced source does not.
    private final Map<FeatureSource, STRtree> copies = new IdentityHashMap<>();
    private final Map<FeatureSource, Boolean> tooBig = new IdentityHashMap<>();

    /** The labels of {@code layers} (bottom first) placed for {@code viewport}, in device pixels, in drawing order. */
    public List<PlacedLabel> place(List<RenderLayer> layers, Viewport viewport) {
        return place(layers, viewport, 1);
    }

    /** As {@link #place(List, Viewport)} with labels scaled by {@code labelScale}: see {@link ViewportLabels#place(List, Viewport, double)}. */
    public List<PlacedLabel> place(List<RenderLayer> layers, Viewport viewport, double labelScale) {
        forgetOthers(layers);
        return ViewportLabels.place(layers, viewport, labelScale, this::read);
    }

    /** Drops every copy: the next layout reads the sources again (after an edit or a style change). */
    public synchronized void invalidate() {
        copies.clear();
        tooBig.clear();
    }

    /** Number of layers held in memory now. */
    public synchronized int copiedLayers() { return copies.size(); }

    private void read(RenderLayer layer, Query query, java.util.function.Consumer<Feature> sink) {
        STRtree copy = copy(layer.source());
        if (copy == null) {
            layer.source().read(query, sink);
            return;
        }
        for (Object o : copy.query(query.bbox())) {
            Feature f = (Feature) o;
            if (f.geometry().getEnvelopeInternal().intersects(query.bbox())) sink.accept(f);
        }
    }

    private STRtree copy(FeatureSource source) {
        synchronized (this) {
            STRtree t = copies.get(source);
            if (t != null || tooBig.containsKey(source)) return t;
        }
        // read outside the lock: a slow source must not block layouts of other maps
        if (source.count(Query.ALL) > MAX_COPIED_FEATURES) {
            synchronized (this) { tooBig.put(source, Boolean.TRUE); }
            return null;
        }
        STRtree t = new STRtree();
        source.read(Query.ALL, f -> {
            if (f.geometry() != null && !f.geometry().isEmpty()) t.insert(f.geometry().getEnvelopeInternal(), f);
        });
        t.build();
        synchronized (this) {
            STRtree other = copies.putIfAbsent(source, t);
            return other != null ? other : t;
        }
    }

    private synchronized void forgetOthers(List<RenderLayer> layers) {
        List<FeatureSource> current = new ArrayList<>();
        for (RenderLayer l : layers) current.add(l.source());
        copies.keySet().removeIf(s -> current.stream().noneMatch(c -> c == s));
        tooBig.keySet().removeIf(s -> current.stream().noneMatch(c -> c == s));
    }
}
