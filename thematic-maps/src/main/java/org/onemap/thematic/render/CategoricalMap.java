package org.onemap.thematic.render;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.FeatureSource;
import org.onemap.map.render.RenderLayer;
import org.onemap.map.style.CategoryColors;
import org.onemap.map.style.FillStyle;
import org.onemap.map.style.LayerStyle;
import org.onemap.map.style.PointSymbol;
import org.onemap.map.style.StrokeStyle;
import org.onemap.map.style.SymbolShape;
import org.onemap.thematic.legend.ThematicLegend;
import org.onemap.thematic.palette.Palette;

/**
 * A categorical map: features coloured by the value of a text attribute (crop, land use, village),
 * most frequent categories first, each with a qualitative colour; categories beyond the palette's hues
 * are drawn grey as "other" (so two classes never share a hue). Legend counts features per category.
 */
public record CategoricalMap(RenderLayer layer, ThematicLegend legend) {
    public static final Color OTHER = new Color(0xBDBDBD);

    public static CategoricalMap of(FeatureSource source, String field, Palette palette, String title) {
        String name = source.schema().field(field).orElseThrow(() -> new IllegalArgumentException(
                "layer '" + source.name() + "' has no field '" + field + "'")).name();
        Map<String, Long> counts = new TreeMap<>();
        source.read(Query.ALL, f -> {
            Object v = f.get(name);
            if (v != null) counts.merge(v.toString(), 1L, Long::sum);
        });
        List<Map.Entry<String, Long>> ordered = new ArrayList<>(counts.entrySet());
        ordered.sort(Map.Entry.<String, Long>comparingByValue().reversed()); // stable: ties stay alphabetical
        int hues = Math.min(ordered.size(), palette.maxClasses());
        List<Color> colors = hues == 0 ? List.of() : palette.colors(hues);
        Map<String, Color> byValue = new LinkedHashMap<>();
        List<ThematicLegend.Entry> entries = new ArrayList<>();
        long other = 0;
        for (int i = 0; i < ordered.size(); i++) {
            if (i < hues) {
                byValue.put(ordered.get(i).getKey(), colors.get(i));
                entries.add(new ThematicLegend.Entry(ordered.get(i).getKey(), colors.get(i), ordered.get(i).getValue()));
            } else {
                other += ordered.get(i).getValue();
            }
        }
        if (other > 0) entries.add(new ThematicLegend.Entry("other", OTHER, other));
        LayerStyle style = LayerStyle.polygon(FillStyle.solid(OTHER), StrokeStyle.solid(new Color(0x666666), 0.5))
                .withSymbol(PointSymbol.of(SymbolShape.CIRCLE, 8, OTHER))
                .withCategories(new CategoryColors(name, byValue, OTHER));
        String t = title == null ? name : title;
        return new CategoricalMap(new RenderLayer(source, style, true, 1).withTitle(t), new ThematicLegend(t, entries));
    }
}
