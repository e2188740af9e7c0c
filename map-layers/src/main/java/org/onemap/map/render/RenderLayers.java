package org.onemap.map.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.feature.LayerInfo;
import org.onemap.core.spi.DataSource;
import org.onemap.core.spi.FeatureSource;
import org.onemap.map.style.DefaultStyles;

/** Builds render layer lists from a data source with default styles, in cartographic draw order. */
public final class RenderLayers {
    // The canonical layers that sample-data generates (DESIGN.md: labelled as generated everywhere shown).
    private static final Set<String> GENERATED_LAYERS = Set.of("parcel", "sensor", "machinery", "service_station",
            "logistics_node", "camera", "waste_point", "industrial_park");

    private RenderLayers() {}

    /** Every layer of {@code source} with its default style, bottom to top. */
    public static List<RenderLayer> of(DataSource source) {
        List<String> names = new ArrayList<>();
        for (LayerInfo info : source.layers()) names.add(info.name());
        return of(source, names);
    }

    /**
     * The named layers with default styles, sorted bottom to top by {@link DefaultStyles#drawRank} (so
     * {@code --layers village,county} does not bury villages under counties); ties keep the given order.
     * Throws {@link org.onemap.core.spi.UnknownLayerException} for a name the source does not have.
     */
    public static List<RenderLayer> of(DataSource source, List<String> names) {
        List<RenderLayer> out = new ArrayList<>();
        for (String name : names) out.add(cached(source, RenderLayer.of(source.layer(name))));
        out.sort(Comparator.comparingInt(l -> DefaultStyles.drawRank(l.name(), l.source().schema().geometryType())));
        return out;
    }

    /**
     * The layer drawing from a render cache ({@link CachedFeatureSource}) when it is a polygon layer,
     * else unchanged. The cache is built on the layer's first render.
     */
    public static RenderLayer cached(RenderLayer layer) {
        GeometryKind kind = layer.source().schema().geometryType();
        if (kind != GeometryKind.POLYGON && kind != GeometryKind.MULTIPOLYGON) return layer;
        String field = layer.style().categories() != null ? layer.style().categories().field() : null;
        return layer.withSource(CachedFeatureSource.of(layer.source(), field));
    }

    /**
     * The layer drawing from a render cache when it is a polygon layer; for a big layer of a source that
     * keeps an audit log (the H2GIS workspace) the cache is also stored on disk for the next process
     * ({@link CachedFeatureSource#persistedIn}). Keep the returned layer's source across re-styling
     * ({@link RenderLayer#withStyle} etc.): it holds the cache.
     */
    public static RenderLayer cached(DataSource ds, RenderLayer layer) {
        RenderLayer c = cached(layer);
        if (!(c.source() instanceof CachedFeatureSource cfs)) return c;
        return c.withSource(RenderCacheStore.cached(ds, cfs.source(), cfs.categoryField()));
    }

    /**
     * Builds (or loads) the render caches of the named polygon layers now, e.g. right after an import
     * so that the next {@code onemap render} loads the stored cache instead of reading every feature.
     */
    public static void buildCaches(DataSource source, List<String> names) {
        for (RenderLayer l : of(source, names)) {
            if (l.source() instanceof CachedFeatureSource c) c.warm();
        }
    }

    /** Union of the lon/lat extents of the visible layers, or null when they are all empty. */
    public static Envelope extent(List<RenderLayer> layers) {
        Envelope e = new Envelope();
        for (RenderLayer l : layers) {
            if (!l.visible()) continue;
            Envelope x = l.source().extent();
            if (x != null) e.expandToInclude(x);
        }
        return e.isNull() ? null : e;
    }

    /**
     * Whether a layer holds generated data: a canonical generated layer name (parcel, sensor, machinery,
     * service_station, logistics_node, camera, waste_point, industrial_park) or a schema with a
     * {@code generated} field. The app can override with {@link RenderLayer#withGenerated}.
     */
    public static boolean looksGenerated(FeatureSource source) {
        if (GENERATED_LAYERS.contains(source.name().toLowerCase(Locale.ROOT))) return true;
        return source.schema().field("generated").isPresent();
    }
}
