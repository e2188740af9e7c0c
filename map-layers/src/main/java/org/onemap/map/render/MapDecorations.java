package org.onemap.map.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The furniture of an exported map (CLI render, briefings): title, the note "含合成数据（generated）"
 * when a drawn layer is generated, north arrow, metric scale bar, legend and attribution. Text comes
 * from the map messages in {@link #locale()} (Chinese by default). An immutable value; {@link #draw}
 * is thread-safe.
 */
public final class MapDecorations {
    private static final Color INK = new Color(0x222222);
    private static final Color NOTE = new Color(0xB23C17);

    private final Locale locale;
    private final String title;
    private final String attribution;
    private final boolean legend;
    private final boolean scaleBar;
    private final boolean northArrow;
    private final List<LegendPanel> panels;
    private final Predicate<RenderLayer> inLegend;
    private final boolean generatedData;

    private MapDecorations(Locale locale, String title, String attribution, boolean legend, boolean scaleBar, boolean northArrow) {
        this(locale, title, attribution, legend, scaleBar, northArrow, List.of(), l -> true, false);
    }

    private MapDecorations(Locale locale, String title, String attribution, boolean legend, boolean scaleBar, boolean northArrow,
                           List<LegendPanel> panels, Predicate<RenderLayer> inLegend, boolean generatedData) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.title = title;
        this.attribution = attribution;
        this.legend = legend;
        this.scaleBar = scaleBar;
        this.northArrow = northArrow;
        this.panels = List.copyOf(panels);
        this.inLegend = Objects.requireNonNull(inLegend, "inLegend");
        this.generatedData = generatedData;
    }

    /** Legend, scale bar, north arrow and the default attribution, in Chinese, no title. */
    public static MapDecorations standard() {
        return new MapDecorations(MapMessages.DEFAULT, null, null, true, true, true);
    }

    /** Nothing but the generated-data note, which is never optional. */
    public static MapDecorations none() {
        return new MapDecorations(MapMessages.DEFAULT, null, "", false, false, false);
    }

    public Locale locale() { return locale; }

    public MapDecorations withLocale(Locale l) { return new MapDecorations(l, title, attribution, legend, scaleBar, northArrow, panels, inLegend, generatedData); }

    /** A title; null or blank for none. */
    public MapDecorations withTitle(String t) { return new MapDecorations(locale, t, attribution, legend, scaleBar, northArrow, panels, inLegend, generatedData); }

    /** The attribution line; null for the default, "" for none. */
    public MapDecorations withAttribution(String a) { return new MapDecorations(locale, title, a, legend, scaleBar, northArrow, panels, inLegend, generatedData); }

    public MapDecorations withLegend(boolean on) { return new MapDecorations(locale, title, attribution, on, scaleBar, northArrow, panels, inLegend, generatedData); }

    public MapDecorations withScaleBar(boolean on) { return new MapDecorations(locale, title, attribution, legend, on, northArrow, panels, inLegend, generatedData); }

    public MapDecorations withNorthArrow(boolean on) { return new MapDecorations(locale, title, attribution, legend, scaleBar, on, panels, inLegend, generatedData); }

    /**
     * Extra keys (thematic classes, symbol sizes …) stacked in a column at the right edge, below the
     * north arrow and above the scale bar; a panel that does not fit starts a new column to its left.
     */
    public MapDecorations withPanels(List<LegendPanel> p) {
        return new MapDecorations(locale, title, attribution, legend, scaleBar, northArrow, p, inLegend, generatedData);
    }

    /**
     * Which drawn layers the layer legend lists (default: all); a thematic map leaves out the layers
     * its own panels explain, so their classes are not listed twice. The generated-data note still
     * counts every layer.
     */
    public MapDecorations withLegendFilter(Predicate<RenderLayer> include) {
        return new MapDecorations(locale, title, attribution, legend, scaleBar, northArrow, panels, include, generatedData);
    }

    /**
     * Says the map shows generated data even when none of its layers does (overlays drawn from
     * generated tables: flows, symbols); the note then appears whatever the layers are.
     */
    public MapDecorations withGeneratedData(boolean shown) {
        return new MapDecorations(locale, title, attribution, legend, scaleBar, northArrow, panels, inLegend, shown);
    }

    public List<LegendPanel> panels() { return panels; }

    /**
     * Draws onto a canvas in device pixels whose origin is the viewport's top-left. The legend lists
     * the layers drawn at the viewport's scale.
     */
    public DecorationLayout draw(Graphics2D target, Viewport vp, List<RenderLayer> layers) {
        return draw(target, vp, layers, null);
    }

    /**
     * As {@link #draw(Graphics2D, Viewport, List)}, but the legend leaves out layers of which
     * {@code rendered} (the render of the same layer list) drew no feature.
     */
    public DecorationLayout draw(Graphics2D target, Viewport vp, List<RenderLayer> layers, RenderResult rendered) {
        Graphics2D g = (Graphics2D) target.create();
        try {
            MapRenderer.hints(g);
            double r = vp.pixelRatio();
            double w = vp.imageWidth();
            double h = vp.imageHeight();
            double scale = vp.scaleDenominator();
            List<RenderLayer> drawn = new ArrayList<>();
            boolean generated = generatedData;
            for (int i = 0; i < layers.size(); i++) {
                RenderLayer l = layers.get(i);
                if (!l.drawnAt(scale)) continue;
                generated |= l.generated();   // said even when none is in view: the map's layer set contains such data
                if ((rendered == null || rendered.featuresOfLayer(i) > 0) && inLegend.test(l)) drawn.add(l);
            }

            Rectangle2D attrBox = drawAttribution(g, r, w, h);
            double bottomBand = attrBox != null ? attrBox.getHeight() + 4 * r : 0;
            Rectangle2D titleBox = drawTitle(g, r, generated);
            Rectangle2D arrowBox = northArrow ? drawNorthArrow(g, r, w) : null;
            ScaleBar bar = null;
            Rectangle2D barLine = null;
            if (scaleBar) {
                bar = ScaleBar.forViewport(vp, Math.min(160, vp.width() / 4.0), locale);
                barLine = drawScaleBar(g, r, w, h - bottomBand, bar);
            }
            List<String> entries = new ArrayList<>();
            Rectangle2D legendBox = null;
            if (legend) {
                double top = titleBox != null ? titleBox.getMaxY() + 10 * r : 10 * r;
                legendBox = new LegendPainter(r, locale).draw(g, drawn, 10 * r, h - 10 * r, h - 10 * r - top, entries);
            }
            List<Rectangle2D> panelBoxes = new ArrayList<>();
            List<String> panelEntries = new ArrayList<>();
            if (!panels.isEmpty()) {
                double top = (arrowBox != null ? arrowBox.getMaxY() : 0) + 10 * r;
                double bottom = (barLine != null ? barLine.getY() - 30 * r : h - bottomBand - 10 * r);
                panelBoxes.addAll(stackPanels(g, r, top, bottom, w - 10 * r));
                for (int i = 0; i < panels.size(); i++) {
                    panels.get(i).draw(g, panelBoxes.get(i).getX(), panelBoxes.get(i).getY(), r);
                    panelEntries.addAll(panels.get(i).entries());
                }
            }
            return new DecorationLayout(titleBox, generated, legendBox, entries, bar, barLine, arrowBox, attrBox,
                    panelBoxes, panelEntries);
        } finally {
            g.dispose();
        }
    }

    private Rectangle2D drawTitle(Graphics2D g, double r, boolean generated) {
        boolean hasTitle = title != null && !title.isBlank();
        if (!hasTitle && !generated) return null;
        Font tf = MapFonts.font(20 * r, true);
        Font nf = MapFonts.font(12 * r, false);
        FontMetrics tm = g.getFontMetrics(tf);
        FontMetrics nm = g.getFontMetrics(nf);
        String note = generated ? MapMessages.get(locale, "note.generated") : null;
        double pad = 8 * r;
        double width = Math.max(hasTitle ? tm.stringWidth(title) : 0, note != null ? nm.stringWidth(note) : 0);
        double height = (hasTitle ? tm.getHeight() : 0) + (note != null ? nm.getHeight() + (hasTitle ? 2 * r : 0) : 0);
        Rectangle2D box = new Rectangle2D.Double(10 * r, 10 * r, width + 2 * pad, height + 2 * pad);
        panel(g, box, r);
        double y = box.getY() + pad;
        if (hasTitle) {
            g.setFont(tf);
            g.setColor(INK);
            g.drawString(title, (float) (box.getX() + pad), (float) (y + tm.getAscent()));
            y += tm.getHeight() + 2 * r;
        }
        if (note != null) {
            g.setFont(nf);
            g.setColor(NOTE);
            g.drawString(note, (float) (box.getX() + pad), (float) (y + nm.getAscent()));
        }
        return box;
    }

    private Rectangle2D drawNorthArrow(Graphics2D g, double r, double w) {
        double cx = w - 30 * r;
        double top = 12 * r;
        Font f = MapFonts.font(13 * r, true);
        FontMetrics fm = g.getFontMetrics(f);
        String n = MapMessages.get(locale, "north");
        g.setFont(f);
        double textY = top + fm.getAscent();
        double arrowTop = textY + 4 * r;
        double len = 28 * r;
        double half = 8 * r;
        Path2D.Double left = new Path2D.Double();
        left.moveTo(cx, arrowTop);
        left.lineTo(cx - half, arrowTop + len);
        left.lineTo(cx, arrowTop + len * 0.72);
        left.closePath();
        Path2D.Double right = new Path2D.Double();
        right.moveTo(cx, arrowTop);
        right.lineTo(cx + half, arrowTop + len);
        right.lineTo(cx, arrowTop + len * 0.72);
        right.closePath();
        Rectangle2D box = new Rectangle2D.Double(cx - 16 * r, top - 4 * r, 32 * r, arrowTop + len - top + 8 * r);
        panel(g, box, r);
        g.setColor(INK);
        g.fill(left);
        g.setColor(Color.WHITE);
        g.fill(right);
        g.setColor(INK);
        g.setStroke(new BasicStroke((float) (1.2 * r), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(left);
        g.draw(right);
        g.drawString(n, (float) (cx - fm.stringWidth(n) / 2.0), (float) textY);
        return box;
    }

    // Four alternating segments, "0" under the left end and the length under the right end.
    private Rectangle2D drawScaleBar(Graphics2D g, double r, double w, double bottom, ScaleBar bar) {
        double len = bar.lengthPx() * r;
        double barH = 5 * r;
        Font f = MapFonts.font(11 * r, false);
        FontMetrics fm = g.getFontMetrics(f);
        double pad = 6 * r;
        double labelW = fm.stringWidth(bar.label());
        double right = w - 14 * r - labelW / 2;
        double x0 = right - len;
        double barY = bottom - pad - fm.getHeight() - 2 * r - barH;
        Rectangle2D panel = new Rectangle2D.Double(x0 - pad - fm.stringWidth("0") / 2.0, barY - pad,
                len + 2 * pad + fm.stringWidth("0") / 2.0 + labelW / 2, barH + fm.getHeight() + 2 * r + 2 * pad);
        panel(g, panel, r);
        double seg = len / 4;
        for (int i = 0; i < 4; i++) {
            g.setColor(i % 2 == 0 ? INK : Color.WHITE);
            g.fill(new Rectangle2D.Double(x0 + i * seg, barY, seg, barH));
        }
        Rectangle2D line = new Rectangle2D.Double(x0, barY, len, barH);
        g.setColor(INK);
        g.setStroke(new BasicStroke((float) r));
        g.draw(line);
        g.setFont(f);
        float ty = (float) (barY + barH + 2 * r + fm.getAscent());
        g.drawString("0", (float) (x0 - fm.stringWidth("0") / 2.0), ty);
        g.drawString(bar.label(), (float) (x0 + len - labelW / 2), ty);
        return line;
    }

    private Rectangle2D drawAttribution(Graphics2D g, double r, double w, double h) {
        String text = attribution == null ? MapMessages.get(locale, "attribution.default") : attribution;
        if (text.isBlank()) return null;
        Font f = MapFonts.font(10 * r, false);
        FontMetrics fm = g.getFontMetrics(f);
        double tw = fm.stringWidth(text);
        Rectangle2D box = new Rectangle2D.Double(w - tw - 8 * r, h - fm.getHeight() - 2 * r, tw + 8 * r, fm.getHeight() + 2 * r);
        g.setColor(new Color(255, 255, 255, 200));
        g.fill(box);
        g.setFont(f);
        g.setColor(new Color(0x555555));
        g.drawString(text, (float) (box.getX() + 4 * r), (float) (box.getY() + r + fm.getAscent()));
        return box;
    }

    /**
     * Where the panels go: stacked down from {@code top}, right-aligned on {@code right}, a new column to
     * the left whenever the next panel would pass {@code bottom}.
     */
    private List<Rectangle2D> stackPanels(Graphics2D g, double r, double top, double bottom, double right) {
        List<Rectangle2D> out = new ArrayList<>();
        double columnWidth = 0;
        double y = top;
        for (LegendPanel p : panels) {
            java.awt.geom.Dimension2D size = p.size(g, r);
            if (y > top && y + size.getHeight() > bottom) {
                right -= columnWidth + 10 * r;
                columnWidth = 0;
                y = top;
            }
            out.add(new Rectangle2D.Double(right - size.getWidth(), y, size.getWidth(), size.getHeight()));
            columnWidth = Math.max(columnWidth, size.getWidth());
            y += size.getHeight() + 8 * r;
        }
        return out;
    }

    /**
     * How much of the image's right side, in logical pixels, the panels will take on a {@code width} ×
     * {@code height} map (0 without panels), so a caller can keep the mapped area clear of them. The
     * north arrow's and scale bar's room is estimated, so the answer may be a few pixels off.
     */
    public double panelsWidth(int width, int height) {
        if (panels.isEmpty()) return 0;
        java.awt.image.BufferedImage scratch = new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = scratch.createGraphics();
        try {
            MapRenderer.hints(g);
            double top = northArrow ? 80 : 10;
            double bottom = height - (scaleBar ? 75 : 25);
            double left = width;
            for (Rectangle2D b : stackPanels(g, 1, top, bottom, width - 10)) left = Math.min(left, b.getMinX());
            return width - left + 10;
        } finally {
            g.dispose();
        }
    }

    /** The translucent white box behind decorations. */
    static void panel(Graphics2D g, Rectangle2D box, double r) {
        RoundRectangle2D.Double rr = new RoundRectangle2D.Double(box.getX(), box.getY(), box.getWidth(), box.getHeight(), 6 * r, 6 * r);
        g.setColor(new Color(255, 255, 255, 225));
        g.fill(rr);
        g.setColor(new Color(0, 0, 0, 70));
        g.setStroke(new BasicStroke((float) r));
        g.draw(rr);
    }
}
