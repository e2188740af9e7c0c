package org.onemap.thematic.module;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.onemap.thematic.render.ChoroplethMap;
import org.onemap.thematic.render.MapOverlay;

/**
 * Collects a module's layers (bottom to top), overlays and legends into a {@link ThemeMap}, with the
 * few layer kinds the modules share: a thematic layer with its legend, a symbol layer counted in
 * its legend, and a layer coloured by categories in a fixed order (statuses, grades, clusters).
 */
public final class ThemeMapBuilder {
    /** Legend grey for "other" values. */
    public static final Color OTHER = new Color(0xBDBDBD);

    private final List<RenderLayer> layers = new ArrayList<>();
    private final List<MapOverlay> overlays = new ArrayList<>();
    private final List<ThematicLegend> legends = new ArrayList<>();
    private final List<RenderLayer> keyed = new ArrayList<>();
    private boolean generated;

    /** A reference layer listed in the standard layer legend. */
    public ThemeMapBuilder layer(RenderLayer layer) {
        layers.add(layer);
        generated |= layer.generated();
        return this;
    }

    /** A layer explained by {@code legend} (left out of the standard layer legend). */
    public ThemeMapBuilder layer(RenderLayer layer, ThematicLegend legend) {
        layers.add(layer);
        generated |= layer.generated();
        keyed.add(layer);
        legends.add(legend);
        return this;
    }

    /** A choropleth (or graduated colours) and its legend. */
    public ThemeMapBuilder choropleth(ChoroplethMap map) {
        return layer(map.layer(), map.legend());
    }

    public ThemeMapBuilder overlay(MapOverlay overlay) {
        overlays.add(overlay);
        return this;
    }

    /** An overlay with its legend. */
    public ThemeMapBuilder overlay(MapOverlay overlay, ThematicLegend legend) {
        overlays.add(overlay);
        legends.add(legend);
        return this;
    }

    /**
     * A layer drawn over the overlays added so far (points over their own heat map), explained by
     * {@code legend}. It is drawn as an overlay, so it is not among {@link ThemeMap#layers()}.
     */
    public ThemeMapBuilder layerOnTop(RenderLayer layer, ThematicLegend legend) {
        overlays.add(new org.onemap.thematic.render.LayerOverlay(layer));
        generated |= layer.generated();
        legends.add(legend);
        return this;
    }

    public ThemeMapBuilder legend(ThematicLegend legend) {
        legends.add(legend);
        return this;
    }

    /** Marks the map as showing generated data (an overlay drawn from a generated table). */
    public ThemeMapBuilder generatedData() {
        generated = true;
        return this;
    }

    public ThemeMap build(String title) {
        return new ThemeMap(title, layers, overlays, legends, keyed, generated);
    }

    /** A polygon layer's default look without its fill: county boundaries and names drawn over a thematic fill. */
    public static RenderLayer outline(FeatureSource source) {
        RenderLayer l = RenderLayer.of(source);
        return l.withStyle(l.style().withFill(null));
    }

    /** Point symbols without a scale limit (the default facility styles hide points at city scale). */
    public static RenderLayer points(FeatureSource source, SymbolShape shape, double size, Color fill, String title) {
        return new RenderLayer(source, LayerStyle.point(new PointSymbol(shape, size, fill, Color.WHITE, 0.8)), true, 1).withTitle(title);
    }

    /** A one-row legend counting the features of {@code source}. */
    public static ThematicLegend counted(String title, String label, Color color, FeatureSource source, ThematicLegend.Swatch swatch, double size) {
        return new ThematicLegend(title, List.of(new ThematicLegend.Entry(label, color, source.count(Query.ALL), swatch, size)));
    }

    /**
     * Features coloured by {@code field} with the given value → colour map, in that (meaningful) order;
     * {@code labels} may rename values for the legend (null: the values themselves). Legend rows count
     * features per value; values outside the map are drawn grey and counted as "other" when present.
     */
    public static Categorised categorised(FeatureSource source, String field, Map<String, Color> colors, Map<String, String> labels,
                                          String title, SymbolShape shape, double size, String otherLabel) {
        Map<String, Long> counts = new LinkedHashMap<>();
        long[] other = {0};
        source.read(Query.ALL, f -> {
            Object v = f.get(field);
            String key = v == null ? null : v.toString();
            if (key != null && colors.containsKey(key)) counts.merge(key, 1L, Long::sum);
            else other[0]++;
        });
        List<ThematicLegend.Entry> entries = new ArrayList<>();
        ThematicLegend.Swatch swatch = swatchOf(shape);
        double r = shape == null ? 0 : Math.max(4, size / 2);
        colors.forEach((value, color) -> entries.add(new ThematicLegend.Entry(
                labels != null && labels.containsKey(value) ? labels.get(value) : value, color, counts.getOrDefault(value, 0L), swatch, r)));
        if (other[0] > 0) entries.add(new ThematicLegend.Entry(otherLabel, OTHER, other[0], swatch, r));
        LayerStyle style = shape == null
                ? LayerStyle.polygon(FillStyle.solid(OTHER), StrokeStyle.darkerThanFill(0.6))
                : LayerStyle.point(new PointSymbol(shape, size, OTHER, Color.WHITE, 0.8));
        style = style.withCategories(new CategoryColors(field, colors, OTHER));
        RenderLayer layer = new RenderLayer(source, style, true, 1).withTitle(title);
        return new Categorised(layer, new ThematicLegend(title, entries));
    }

    /**
     * A choropleth of point features: each point a symbol in its class colour (graduated colours);
     * the legend shows circles instead of boxes.
     */
    public static Categorised classedPoints(ChoroplethMap map, SymbolShape shape, double size) {
        LayerStyle style = map.layer().style().withSymbol(new PointSymbol(shape, size, ChoroplethMap.NO_DATA, Color.WHITE, 0.8));
        List<ThematicLegend.Entry> entries = new ArrayList<>();
        for (ThematicLegend.Entry e : map.legend().entries()) {
            entries.add(new ThematicLegend.Entry(e.label(), e.color(), e.count(), swatchOf(shape), Math.max(4, size / 2)));
        }
        return new Categorised(map.layer().withStyle(style), new ThematicLegend(map.legend().title(), entries));
    }

    /** A colour-ramp key without counts (heat maps): one row per label, low to high, evenly along {@code palette}. */
    public static ThematicLegend rampLegend(String title, org.onemap.thematic.palette.Palette palette, List<String> labels) {
        List<Color> colors = palette.colors(labels.size() + 1);
        List<ThematicLegend.Entry> entries = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            entries.add(new ThematicLegend.Entry(labels.get(i), colors.get(i + 1), ThematicLegend.NO_COUNT));
        }
        return new ThematicLegend(title, entries);
    }

    /** The legend key drawing a point symbol of this shape; a box for areas (null shape). */
    public static ThematicLegend.Swatch swatchOf(SymbolShape shape) {
        if (shape == null) return ThematicLegend.Swatch.BOX;
        return switch (shape) {
            case CIRCLE -> ThematicLegend.Swatch.CIRCLE;
            case SQUARE -> ThematicLegend.Swatch.SQUARE;
            case TRIANGLE -> ThematicLegend.Swatch.TRIANGLE;
            case DIAMOND -> ThematicLegend.Swatch.DIAMOND;
        };
    }

    /** A categorised layer and its legend. */
    public record Categorised(RenderLayer layer, ThematicLegend legend) {}
}
