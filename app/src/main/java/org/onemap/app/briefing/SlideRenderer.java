package org.onemap.app.briefing;

import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.onemap.core.spi.DataSource;
import org.onemap.map.render.ComposedMap;
import org.onemap.map.render.MapComposer;
import org.onemap.map.render.MapDecorations;
import org.onemap.map.render.RenderOptions;
import org.onemap.map.render.Viewport;
import org.onemap.thematic.legend.ThematicLegendPanel;
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

    public ComposedMap render(DataSource data, Slide slide, int width, int height, double pixelRatio, Locale locale) {
        ThematicModule module = ThematicModules.require(slide.view());
        ThemeMap map = module.map(data, locale);
        List<BiConsumer<Graphics2D, Viewport>> overlays = new ArrayList<>();
        for (MapOverlay o : map.overlays()) overlays.add(o::draw);
        MapDecorations decorations = MapDecorations.standard().withLocale(locale)
                .withTitle(slide.title())
                .withPanels(ThematicLegendPanel.of(map.legends()))
                .withLegendFilter(map::inLayerLegend)
                .withGeneratedData(map.generatedData() || slide.generatedData());
        Viewport vp = viewport(slide, width, height, decorations).withPixelRatio(pixelRatio);
        return composer.compose(map.layers(), vp, RenderOptions.standard(), decorations, overlays);
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
