package org.onemap.map.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
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
        for (String name : names) out.add(RenderLayer.of(source.layer(name)));
        out.sort(Comparator.comparingInt(l -> DefaultStyles.drawRank(l.name(), l.source().schema().geometryType())));
        return out;
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
