package org.onemap.core.spi;

import java.util.List;
import java.util.Optional;
import org.onemap.core.feature.LayerInfo;
import org.onemap.core.feature.LayerSchema;

/** An opened store of layers (a workspace, a PostGIS database, a GeoPackage, a live feed). */
public interface DataSource extends AutoCloseable {
    /** Catalog of the layers with geometry type, count and lon/lat extent, in catalog order. */
    List<LayerInfo> layers();

    /** Read access to a layer; throws {@link UnknownLayerException} when there is none. */
    FeatureSource layer(String name);

    /** Write access to a layer, empty when the source or the layer is read-only. */
    Optional<FeatureStore> writableLayer(String name);

    /** Creates an empty layer; throws when the source is read-only or the name is taken. */
    FeatureStore createLayer(LayerSchema schema);

    /**
     * The recorded past of this source's features (per-feature versions, layers as of a date), empty when
     * the source keeps no audit log.
     */
    default Optional<org.onemap.core.history.FeatureHistory> history() {
        return Optional.empty();
    }

    default boolean hasLayer(String name) {
        return layers().stream().anyMatch(l -> l.name().equalsIgnoreCase(name));
    }

    @Override
    void close();
}
