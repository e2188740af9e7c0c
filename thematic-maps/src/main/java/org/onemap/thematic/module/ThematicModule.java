package org.onemap.thematic.module;

import java.util.List;
import java.util.Locale;
import org.onemap.core.spi.DataSource;
import org.onemap.map.render.RenderLayer;
import org.onemap.map.render.Viewport;
import org.onemap.thematic.legend.ThematicLegend;
import org.onemap.thematic.render.MapOverlay;

/**
 * A thematic module of the one map (农业资源, 农村环境, 乡村治理, 电商与城乡融合, 产业发展, and the
 * overview): a {@link java.util.ServiceLoader} plug-in named in
 * {@code META-INF/services/org.onemap.thematic.module.ThematicModule}, found by {@link ThematicModules}.
 * A new module is a new class and a line in that file; nothing else changes.
 *
 * <p>Modules reach data only through {@link DataSource} (the core SPI), by the layer names in
 * {@link #requiredLayers()}. They build everything headless (no JavaFX): the map ({@link #map}), and
 * {@link #indicators} as plain values the app turns into charts. Census figures are real; any other
 * value a module shows comes from generated layers and its legends and indicators say so.
 * Implementations are stateless and thread-safe.
 */
public interface ThematicModule {
    /** Stable id used on the command line and as the default view's name: {@code resources}, {@code overview} … */
    String id();

    /** Display title in {@code locale}, e.g. {@code 农业资源} or {@code Agricultural resources}. */
    String title(Locale locale);

    /** Layers the module reads; {@link #map} fails with a message naming any that the source lacks. */
    List<String> requiredLayers();

    /** The saved view named after the module: its extent, visible layers and time window. */
    ThematicView defaultView();

    /** Position in menus and carousels (overview 0, then the five modules 10, 20 …). */
    default int order() {
        return 100;
    }

    /**
     * The module's map over {@code source}: layers, overlays and legends with counts, built in one pass
     * (classification reads the data once).
     *
     * @throws org.onemap.core.spi.UnknownLayerException when a required layer is missing
     */
    ThemeMap map(DataSource source, Locale locale);

    /** The map's render layers, bottom to top. */
    default List<RenderLayer> layers(DataSource source, Locale locale) {
        return map(source, locale).layers();
    }

    /**
     * The map's overlays (heat, flows, symbols). Overlays draw for whatever viewport they are given;
     * {@code viewport} is accepted for modules that tune them to a scale.
     */
    default List<MapOverlay> overlays(DataSource source, Viewport viewport, Locale locale) {
        return map(source, locale).overlays();
    }

    /** The map's thematic legends, with counts. */
    default List<ThematicLegend> legends(DataSource source, Locale locale) {
        return map(source, locale).legends();
    }

    /** The figures a leader asks about, with chart series, for the indicators panel. */
    List<Indicator> indicators(DataSource source, Locale locale);
}
