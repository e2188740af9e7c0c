package org.onemap.map.render;

import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Where {@link MapDecorations} drew each element, in device pixels (null when not drawn): for
 * exports that add more around the map, and for tests. {@code scaleBarLine} is the bar itself,
 * {@code scaleBar.lengthPx() × pixelRatio} wide; {@code legendEntries} are the legend's text rows;
 * {@code panels} are the boxes of the extra {@link LegendPanel}s in the order given and
 * {@code panelEntries} their text rows, panel after panel.
 */
public record DecorationLayout(Rectangle2D title, boolean generatedNote, Rectangle2D legend, List<String> legendEntries,
                               ScaleBar scaleBar, Rectangle2D scaleBarLine, Rectangle2D northArrow,
                               Rectangle2D attribution, List<Rectangle2D> panels, List<String> panelEntries) {
    public DecorationLayout {
        legendEntries = legendEntries == null ? List.of() : List.copyOf(legendEntries);
        panels = panels == null ? List.of() : List.copyOf(panels);
        panelEntries = panelEntries == null ? List.of() : List.copyOf(panelEntries);
    }

    /** A layout without extra panels. */
    public DecorationLayout(Rectangle2D title, boolean generatedNote, Rectangle2D legend, List<String> legendEntries,
                            ScaleBar scaleBar, Rectangle2D scaleBarLine, Rectangle2D northArrow, Rectangle2D attribution) {
        this(title, generatedNote, legend, legendEntries, scaleBar, scaleBarLine, northArrow, attribution, List.of(), List.of());
    }
}
