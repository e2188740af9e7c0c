package org.onemap.thematic.module;

import java.util.List;
import java.util.Objects;
import org.onemap.map.render.RenderLayer;
import org.onemap.thematic.legend.ThematicLegend;
import org.onemap.thematic.render.MapOverlay;

/**
 * What a module draws: render layers bottom to top, overlays drawn over them in order, and the
 * thematic legends (with counts). {@code keyed} are the layers the legends explain: the standard
 * layer legend leaves them out so their classes are not listed twice. {@code generatedData} says
 * whether anything shown (layers or overlays) is generated, so the map must carry the note.
 */
public record ThemeMap(String title, List<RenderLayer> layers, List<MapOverlay> overlays, List<ThematicLegend> legends,
                       List<RenderLayer> keyed, boolean generatedData) {
    public ThemeMap {
        Objects.requireNonNull(title, "title");
        layers = List.copyOf(layers);
        overlays = List.copyOf(overlays);
        legends = List.copyOf(legends);
        keyed = List.copyOf(keyed);
    }

    /** Whether the standard layer legend should list {@code layer} (false for layers a thematic legend explains). */
    public boolean inLayerLegend(RenderLayer layer) {
        for (RenderLayer k : keyed) if (k == layer || k.equals(layer)) return false;
        return true;
    }

    /** Every text row of every thematic legend, titles included (as {@link org.onemap.thematic.legend.ThematicLegendPanel} paints them). */
    public List<String> legendRows() {
        return legends.stream().flatMap(l -> new org.onemap.thematic.legend.ThematicLegendPanel(l).entries().stream()).toList();
    }
}
