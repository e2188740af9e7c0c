package org.onemap.app.desktop.map;

import java.util.ArrayList;
import java.util.List;
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
 */
public final class MapLayerSet {
    private final LayerTreeModel tree;
    private final Function<String, FeatureSource> sources;
    private final ReadOnlyObjectWrapper<List<RenderLayer>> layers = new ReadOnlyObjectWrapper<>(this, "layers", List.of());

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

    private void rebuild() {
        List<RenderLayer> out = new ArrayList<>();
        for (LayerItem item : tree.drawOrder()) {
            FeatureSource src = sources.apply(item.name());
            out.add(new RenderLayer(src, DefaultStyles.forLayer(item.name(), item.geometryKind()), item.isVisible(),
                    item.getOpacity(), item.title(), RenderLayers.looksGenerated(src)));
        }
        layers.set(List.copyOf(out));
    }
}
