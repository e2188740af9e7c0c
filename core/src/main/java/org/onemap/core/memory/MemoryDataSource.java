package org.onemap.core.memory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onemap.core.feature.LayerInfo;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.spi.DataSource;
import org.onemap.core.spi.DataSourceException;
import org.onemap.core.spi.FeatureSource;
import org.onemap.core.spi.FeatureStore;
import org.onemap.core.spi.UnknownLayerException;

/**
 * A data source held in memory: scratch layers (measurements, selections, import previews) and the
 * building block of stores that load a whole file. Not persistent.
 */
public final class MemoryDataSource implements DataSource {
    private final Map<String, MemoryLayer> layers = new LinkedHashMap<>();

    @Override
    public synchronized List<LayerInfo> layers() {
        List<LayerInfo> out = new ArrayList<>();
        for (MemoryLayer l : layers.values()) out.add(l.info());
        return out;
    }

    @Override
    public synchronized FeatureSource layer(String name) {
        MemoryLayer l = layers.get(name);
        if (l == null) throw new UnknownLayerException(name);
        return l;
    }

    @Override
    public synchronized Optional<FeatureStore> writableLayer(String name) {
        return Optional.ofNullable(layers.get(name));
    }

    @Override
    public synchronized FeatureStore createLayer(LayerSchema schema) {
        if (layers.containsKey(schema.name())) throw new DataSourceException("layer '" + schema.name() + "' already exists");
        MemoryLayer l = new MemoryLayer(schema);
        layers.put(schema.name(), l);
        return l;
    }

    @Override
    public void close() {}
}
