package org.onemap.thematic.render;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.onemap.core.spi.FeatureSource;
import org.onemap.map.render.RenderLayer;
import org.onemap.map.style.CategoryColors;
import org.onemap.map.style.FillStyle;
import org.onemap.map.style.LayerStyle;
import org.onemap.map.style.StrokeStyle;
import org.onemap.thematic.classify.Breaks;
import org.onemap.thematic.classify.Classifier;
import org.onemap.thematic.data.NumericField;
import org.onemap.thematic.legend.ThematicLegend;
import org.onemap.thematic.normalise.Normalisation;
import org.onemap.thematic.palette.Palette;

/**
 * A choropleth: polygons filled by the class of a (normalised) numeric field. The result is an ordinary
 * {@link RenderLayer} for the map engine, plus the breaks and the legend with counts per class.
 */
public record ChoroplethMap(RenderLayer layer, Breaks breaks, ThematicLegend legend) {
    /** Grey for features in no class (null value, no denominator). */
    public static final Color NO_DATA = new Color(0xD9D9D9);

    /** Choropleth builder parameters: what is mapped and how it is classed and coloured. */
    public record Spec(String field, Normalisation normalisation, Classifier classifier, int classes, Palette palette, String title) {}

    /** Classifies {@code source}'s field over all its features and styles the layer by class. */
    public static ChoroplethMap of(FeatureSource source, Spec spec, Locale locale) {
        String field = NumericField.require(source, spec.field()).name();
        Breaks breaks = spec.classifier().classify(NumericField.read(source, field, spec.normalisation()), spec.classes());
        List<Color> colors = spec.palette().colors(breaks.classes());
        Map<String, Color> byClass = new LinkedHashMap<>();
        for (int c = 0; c < colors.size(); c++) byClass.put(Integer.toString(c), colors.get(c));
        ClassedFeatureSource classed = new ClassedFeatureSource(source, f -> {
            Object v = f.get(field);
            return v instanceof Number n ? breaks.classOf(spec.normalisation().apply(f, n.doubleValue())) : -1;
        });
        LayerStyle style = LayerStyle.polygon(FillStyle.solid(NO_DATA), StrokeStyle.solid(new Color(0x666666), 0.5))
                .withCategories(new CategoryColors(ClassedFeatureSource.CLASS_FIELD, byClass, NO_DATA));
        String title = spec.title() == null ? field : spec.title();
        RenderLayer layer = new RenderLayer(classed, style, true, 1).withTitle(title);
        return new ChoroplethMap(layer, breaks, ThematicLegend.of(title, breaks, colors, locale));
    }
}
