package org.onemap.map.render;

import java.util.Locale;
import java.util.Objects;
import org.onemap.core.spi.FeatureSource;
import org.onemap.map.style.DefaultStyles;
import org.onemap.map.style.LayerStyle;

/**
 * One layer as the renderer sees it: where the features come from, how they look, whether the user
 * switched it on, its opacity in [0, 1], the title shown in legends (null = the standard title for the
 * layer name in the legend's language, see {@link LayerTitles}) and whether its data is generated
 * (synthetic), which maps must say. An immutable value.
 */
public record RenderLayer(FeatureSource source, LayerStyle style, boolean visible, double opacity,
                          String title, boolean generated) {
    public RenderLayer {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(style, "style");
        if (!(opacity >= 0 && opacity <= 1)) throw new IllegalArgumentException("layer opacity must be in [0, 1]: " + opacity);
    }

    /** A layer with the standard title; generated when {@link RenderLayers#looksGenerated} says so. */
    public RenderLayer(FeatureSource source, LayerStyle style, boolean visible, double opacity) {
        this(source, style, visible, opacity, null, RenderLayers.looksGenerated(source));
    }

    /** A visible, opaque layer with the default style for its name and geometry type. */
    public static RenderLayer of(FeatureSource source) {
        return new RenderLayer(source, DefaultStyles.forLayer(source.name(), source.schema().geometryType()), true, 1);
    }

    public String name() { return source.name(); }

    /** The legend title in {@code locale}. */
    public String titleIn(Locale locale) { return title != null ? title : LayerTitles.title(name(), locale); }

    /** Whether anything of this layer is drawn at this scale denominator. */
    public boolean drawnAt(double scaleDenominator) {
        return visible && opacity > 0 && style.visibleAt(scaleDenominator);
    }

    /** The same layer drawn from another source (a filtered or cached view of the data). */
    public RenderLayer withSource(FeatureSource s) { return new RenderLayer(s, style, visible, opacity, title, generated); }

    public RenderLayer withStyle(LayerStyle s) { return new RenderLayer(source, s, visible, opacity, title, generated); }

    public RenderLayer withVisible(boolean v) { return new RenderLayer(source, style, v, opacity, title, generated); }

    public RenderLayer withOpacity(double o) { return new RenderLayer(source, style, visible, o, title, generated); }

    public RenderLayer withTitle(String t) { return new RenderLayer(source, style, visible, opacity, t, generated); }

    public RenderLayer withGenerated(boolean g) { return new RenderLayer(source, style, visible, opacity, title, g); }
}
