package org.onemap.app.cli;

import java.awt.Graphics2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.spi.DataSource;
import org.onemap.core.spi.UnknownLayerException;
import org.onemap.map.render.ComposedMap;
import org.onemap.map.render.MapComposer;
import org.onemap.map.render.MapDecorations;
import org.onemap.map.render.RenderOptions;
import org.onemap.map.render.Viewport;
import org.onemap.thematic.legend.ThematicLegendPanel;
import org.onemap.thematic.module.ThemeMap;
import org.onemap.thematic.module.ThematicModule;
import org.onemap.thematic.render.MapOverlay;

/**
 * {@code render --theme T}: a thematic module's map as a PNG: its layers, its overlays over them, and
 * the standard decorations with the module title, its thematic legends (with counts) in the right-hand
 * column and the generated-data note whenever it shows generated data.
 */
final class ThemeRender {
    private ThemeRender() {}

    /** Renders and writes; {@code bbox} null means the module's default view (else the county layer's extent). */
    static ComposedMap write(ThematicModule module, DataSource ws, Envelope bbox, int[] size, String title, Locale locale, Path out)
            throws IOException {
        ThemeMap map;
        try {
            map = module.map(ws, locale);
        } catch (UnknownLayerException e) {
            throw new CliException("theme '" + module.id() + "' needs layers " + module.requiredLayers()
                    + " but the workspace lacks one (" + e.getMessage() + "); a workspace seeded by this version has them all", e);
        }
        Envelope view = bbox != null ? bbox : extent(module, ws);
        List<BiConsumer<Graphics2D, Viewport>> overlays = new ArrayList<>();
        for (MapOverlay o : map.overlays()) overlays.add(o::draw);
        MapDecorations decorations = MapDecorations.standard().withLocale(locale)
                .withTitle(title != null ? title : map.title())
                .withPanels(ThematicLegendPanel.of(map.legends()))
                .withLegendFilter(map::inLayerLegend)
                .withGeneratedData(map.generatedData());
        ComposedMap composed = new MapComposer().compose(map.layers(), viewport(view, size, decorations), RenderOptions.standard(),
                decorations, overlays);
        MapComposer.writePng(composed.image(), out);
        return composed;
    }

    /**
     * Fits {@code view} into the part of the image left of the legend panels (when that leaves at least
     * half the width), so the keys do not cover the map.
     */
    static Viewport viewport(Envelope view, int[] size, MapDecorations decorations) {
        double panels = decorations.panelsWidth(size[0], size[1]);
        int mapWidth = (int) Math.round(size[0] - panels);
        if (panels <= 0 || mapWidth < size[0] / 2) return Viewport.fit(view, size[0], size[1]);
        Viewport fitted = Viewport.fit(view, mapWidth, size[1]);
        // same centre and resolution on the full image, then shift so the view sits left of the panels
        double shift = panels / 2 * fitted.resolution();
        return Viewport.ofMercator(fitted.centreX() + shift, fitted.centreY(), fitted.resolution(), size[0], size[1], 1);
    }

    private static Envelope extent(ThematicModule module, DataSource ws) {
        if (module.defaultView().extent() != null) return module.defaultView().extent();
        Envelope county = ws.hasLayer("county") ? ws.layer("county").extent() : null;
        if (county == null) throw new CliException("nothing to draw: the county layer is empty; give --bbox");
        Envelope e = new Envelope(county);
        e.expandBy(e.getWidth() * 0.03, e.getHeight() * 0.03);
        return e;
    }
}
