package org.onemap.app.briefing;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import org.onemap.core.spi.DataSource;
import org.onemap.map.render.ComposedMap;
import org.onemap.map.render.DecorationLayout;
import org.onemap.map.render.MapComposer;
import org.onemap.map.render.MapDecorations;
import org.onemap.map.render.RenderOptions;
import org.onemap.map.render.Viewport;
import org.onemap.thematic.legend.ThematicLegendPanel;
import org.onemap.thematic.module.Indicator;
import org.onemap.thematic.module.ThemeMap;
import org.onemap.thematic.module.ThematicModule;
import org.onemap.thematic.module.ThematicModules;
import org.onemap.thematic.render.MapOverlay;

/**
 * Draws a slide's map with the app's renderer, exactly as {@code onemap render --theme T} does (the
 * module's layers, its overlays, the standard decorations with its thematic legends, scale bar, north
 * arrow and generated-data note), over any {@link DataSource}: the workspace when exporting, the
 * packaged data subset when a briefing is opened. {@code pixelRatio} scales everything for print
 * (a 300 dpi page is the same map with more pixels, not a smaller map).
 */
public final class SlideRenderer {
    /** Logical pixels per inch of {@link #render}'s width/height: pixelRatio = dpi / 96. */
    public static final double LOGICAL_DPI = 96;

    private final MapComposer composer = new MapComposer();

    /** Margin between a chart panel and the map's edge, and between stacked panels (logical pixels). */
    static final int CHART_MARGIN = 12;
    /** Room kept free for the scale bar and attribution at the bottom. */
    static final int CHART_BOTTOM = 64;

    /**
     * A drawn slide: the composed map, the viewport it was drawn with (to find where a lon/lat landed) and
     * where its chart panels went (logical pixels, in {@link Slide#charts()} order).
     */
    public record RenderedSlide(ComposedMap map, Viewport viewport, List<Rectangle2D> charts) {
        public RenderedSlide {
            charts = List.copyOf(charts);
        }
    }

    public ComposedMap render(DataSource data, Slide slide, int width, int height, double pixelRatio, Locale locale) {
        return renderSlide(data, slide, width, height, pixelRatio, locale).map();
    }

    /**
     * As {@link #render}, also saying where the chart panels were drawn.
     *
     * @throws IllegalArgumentException when a chart panel names an unknown module or indicator (the message lists the known ones)
     */
    public RenderedSlide renderSlide(DataSource data, Slide slide, int width, int height, double pixelRatio, Locale locale) {
        ThematicModule module = ThematicModules.require(slide.view());
        ThemeMap map = module.map(data, locale);
        List<BiConsumer<Graphics2D, Viewport>> overlays = new ArrayList<>();
        for (MapOverlay o : map.overlays()) overlays.add(o::draw);
        overlays.add((g, vp) -> AnnotationPainter.draw(g, vp, slide.annotations()));
        MapDecorations decorations = MapDecorations.standard().withLocale(locale)
                .withTitle(slide.title())
                .withPanels(ThematicLegendPanel.of(map.legends()))
                .withLegendFilter(map::inLayerLegend)
                .withGeneratedData(map.generatedData() || slide.generatedData());
        Viewport vp = viewport(slide, width, height, decorations).withPixelRatio(pixelRatio);
        List<Indicator> indicators = slide.charts().isEmpty() ? List.of() : indicators(data, slide, locale);
        ComposedMap composed = composer.compose(map.layers(), vp, RenderOptions.standard(), decorations, overlays);
        DecorationLayout layout = composed.decorations();
        double top = layout.title() != null ? layout.title().getMaxY() / pixelRatio + CHART_MARGIN : CHART_MARGIN;
        double bottomLeft = layout.legend() != null ? layout.legend().getMinY() / pixelRatio - CHART_MARGIN : height - CHART_BOTTOM;
        List<Rectangle2D> boxes = chartBoxes(slide.charts(), width, height, Math.max(0, decorations.panelsWidth(width, height)),
                top, Math.min(bottomLeft, height - CHART_BOTTOM), height - CHART_BOTTOM);
        if (!boxes.isEmpty()) {
            Graphics2D g = composed.image().createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g.scale(pixelRatio, pixelRatio);
                ChartPainter painter = new ChartPainter(locale);
                for (int i = 0; i < boxes.size(); i++) painter.draw(g, boxes.get(i), indicators.get(i));
            } finally {
                g.dispose();
            }
        }
        return new RenderedSlide(composed, vp, boxes);
    }

    /** The indicator of each chart panel, in order; each module's indicators are computed once. */
    static List<Indicator> indicators(DataSource data, Slide slide, Locale locale) {
        Map<String, List<Indicator>> byModule = new HashMap<>();
        List<Indicator> out = new ArrayList<>();
        for (ChartPanel c : slide.charts()) {
            ThematicModule m = ThematicModules.require(c.moduleOr(slide.view()));
            List<Indicator> all = byModule.computeIfAbsent(m.id(), k -> m.indicators(data, locale));
            out.add(all.stream().filter(i -> i.id().equals(c.indicator())).findFirst().orElseThrow(() -> new IllegalArgumentException(
                    "slide '" + slide.title() + "': module '" + m.id() + "' has no indicator '" + c.indicator() + "' (known: "
                            + String.join(", ", all.stream().map(Indicator::id).toList()) + ")")));
        }
        return out;
    }

    /**
     * Panels in their corners, stacked away from the edge when several share one, kept left of the legend
     * panels, below {@code top} (the title) and above {@code bottomLeft} (the layer legend) or
     * {@code bottomRight} (the scale bar); a panel shrinks to the room there is, down to its minimum.
     */
    static List<Rectangle2D> chartBoxes(List<ChartPanel> charts, int width, int height, double panelsWidth,
                                        double top, double bottomLeft, double bottomRight) {
        Map<ChartPanel.Corner, Double> used = new EnumMap<>(ChartPanel.Corner.class);
        List<Rectangle2D> out = new ArrayList<>();
        double right = width - panelsWidth - CHART_MARGIN;
        for (ChartPanel c : charts) {
            boolean up = c.corner() == ChartPanel.Corner.TOP_LEFT || c.corner() == ChartPanel.Corner.TOP_RIGHT;
            boolean left = c.corner() == ChartPanel.Corner.TOP_LEFT || c.corner() == ChartPanel.Corner.BOTTOM_LEFT;
            double bottom = left ? bottomLeft : bottomRight;
            double offset = used.getOrDefault(c.corner(), 0.0);
            double w = Math.min(c.width(), Math.max(80, right - CHART_MARGIN));
            double h = Math.max(60, Math.min(c.height(), bottom - top - offset));
            double x = left ? CHART_MARGIN : right - w;
            double y = up ? top + offset : bottom - h - offset;
            out.add(new Rectangle2D.Double(x, y, w, h));
            used.put(c.corner(), offset + h + CHART_MARGIN);
        }
        return out;
    }

    /** Fits the extent left of the legend panels when that leaves at least half the width (as the CLI's theme render does). */
    private static Viewport viewport(Slide slide, int width, int height, MapDecorations decorations) {
        double panels = decorations.panelsWidth(width, height);
        int mapWidth = (int) Math.round(width - panels);
        if (panels <= 0 || mapWidth < width / 2) return Viewport.fit(slide.extent(), width, height);
        Viewport fitted = Viewport.fit(slide.extent(), mapWidth, height);
        double shift = panels / 2 * fitted.resolution();
        return Viewport.ofMercator(fitted.centreX() + shift, fitted.centreY(), fitted.resolution(), width, height, 1);
    }
}
