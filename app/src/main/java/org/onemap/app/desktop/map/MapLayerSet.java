package org.onemap.app.desktop.map;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.onemap.app.desktop.layers.LayerItem;
import org.onemap.app.desktop.layers.LayerTreeModel;
import org.onemap.core.spi.FeatureSource;
import org.onemap.map.render.RenderLayer;
import org.onemap.map.render.RenderLayers;
import org.onemap.map.style.DefaultStyles;

/**
 * The layer tree as the renderer sees it: an immutable list of {@link RenderLayer}s, bottom first,
 * rebuilt whenever a layer is switched on or off, made more or less opaque, or moved. The map view
 * renders its tiles from the current list.
 *
 * <p>With a theme ({@link #setTheme}) the module's render layers (choropleths, categorised points …)
 * take the place of the tree's layers of the same name and are drawn above the others, in the module's
 * order; the tree's checkbox and opacity of that name still switch and fade them.
 */
public final class MapLayerSet {
    private final LayerTreeModel tree;
    private final Function<String, FeatureSource> sources;
    private final ReadOnlyObjectWrapper<List<RenderLayer>> layers = new ReadOnlyObjectWrapper<>(this, "layers", List.of());
    private List<RenderLayer> theme = List.of();
    private int batching;
    private boolean dirty;

    public MapLayerSet(LayerTreeModel tree, Function<String, FeatureSource> sources) {
        this.tree = tree;
        this.sources = sources;
        rebuild();
        tree.revisionProperty().addListener((o, was, now) -> rebuild());
    }

    /** What the map draws, bottom layer first; replaced (never mutated) on every change. */
    public ReadOnlyObjectProperty<List<RenderLayer>> layersProperty() { return layers.getReadOnlyProperty(); }

    public List<RenderLayer> layers() { return layers.get(); }

    /** The render layer for {@code name}. */
    public RenderLayer layer(String name) {
        return layers.get().stream().filter(l -> l.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no render layer '" + name + "'"));
    }

    /** The thematic layers in use, bottom first; empty in the plain view. */
    public List<RenderLayer> themeLayers() { return theme; }

    /** Draws {@code themeLayers} (bottom first) in place of the tree's layers of the same names; empty: the plain view. */
    public void setTheme(List<RenderLayer> themeLayers) {
        theme = List.copyOf(themeLayers);
        rebuild();
    }

    /**
     * Runs {@code changes} (visibility switches, a new theme …) and rebuilds the layer set once at the
     * end, so the map re-renders its tiles once rather than per change.
     */
    public void batch(Runnable changes) {
        batching++;
        try {
            changes.run();
        } finally {
            if (--batching == 0 && dirty) rebuild();
        }
    }

    private void rebuild() {
        if (batching > 0) {
            dirty = true;
            return;
        }
        dirty = false;
        Set<String> themed = new HashSet<>();
        for (RenderLayer t : theme) themed.add(t.name().toLowerCase(Locale.ROOT));
        List<RenderLayer> out = new ArrayList<>();
        for (LayerItem item : tree.drawOrder()) {
            if (themed.contains(item.name().toLowerCase(Locale.ROOT))) continue;
            FeatureSource src = sources.apply(item.name());
            out.add(new RenderLayer(src, DefaultStyles.forLayer(item.name(), item.geometryKind()), item.isVisible(),
                    item.getOpacity(), item.title(), RenderLayers.looksGenerated(src)));
        }
        for (RenderLayer t : theme) {
            LayerItem item = tree.items().stream().filter(i -> i.name().equalsIgnoreCase(t.name())).findFirst().orElse(null);
            if (item == null) out.add(t);
            else if (!item.isVisible()) out.add(t.withVisible(false));
            else out.add(item.getOpacity() < 1 ? t.withOpacity(t.opacity() * item.getOpacity()) : t);
        }
        layers.set(List.copyOf(out));
    }
}
