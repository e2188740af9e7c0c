package org.onemap.thematic.legend;

import java.awt.Graphics2D;
import java.awt.geom.Dimension2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.onemap.map.render.LegendPanel;

/** A {@link ThematicLegend} as a panel the map decorations place beside the layer legend. */
public record ThematicLegendPanel(ThematicLegend legend) implements LegendPanel {
    @Override
    public Dimension2D size(Graphics2D g, double pixelRatio) {
        Rectangle2D r = ThematicLegendPainter.size(g, legend, pixelRatio);
        java.awt.Dimension d = new java.awt.Dimension();
        d.setSize(Math.ceil(r.getWidth()), Math.ceil(r.getHeight()));
        return d;
    }

    @Override
    public void draw(Graphics2D g, double x, double y, double pixelRatio) {
        ThematicLegendPainter.draw(g, legend, x, y, pixelRatio);
    }

    /** The title, then each row as painted ({@code "label  (count)"}). */
    @Override
    public List<String> entries() {
        List<String> out = new ArrayList<>();
        if (legend.title() != null) out.add(legend.title());
        for (ThematicLegend.Entry e : legend.entries()) out.add(e.counted() ? e.label() + "  (" + e.count() + ")" : e.label());
        return out;
    }

    /** Panels for legends, in order. */
    public static List<LegendPanel> of(List<ThematicLegend> legends) {
        List<LegendPanel> out = new ArrayList<>();
        for (ThematicLegend l : legends) out.add(new ThematicLegendPanel(l));
        return out;
    }
}
