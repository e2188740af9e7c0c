package org.onemap.map.render;

import java.util.List;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.FeatureSource;

/**
 * A layer known only from {@link RenderCacheIndex}: name, geometry type and extent, with no database
 * behind it. It is always wrapped in a {@link CachedFeatureSource} whose stored file draws it; asking
 * it for features means the stored cache did not load, and the caller must open the workspace.
 */
final class StoredLayerSource implements FeatureSource {
    private final LayerSchema schema;
    private final Envelope extent;

    StoredLayerSource(String name, GeometryKind kind, int srid, Envelope extent) {
        this.schema = new LayerSchema(name, kind, srid, List.of());
        this.extent = extent;
    }

    @Override
    public LayerSchema schema() { return schema; }

    @Override
    public long count(Query query) { throw notOpen(); }

    @Override
    public void read(Query query, Consumer<Feature> sink) { throw notOpen(); }

    @Override
    public Envelope extent() { return new Envelope(extent); }

    private IllegalStateException notOpen() {
        return new IllegalStateException("layer " + schema.name() + " is drawn from its stored render cache only: open the workspace to read it");
    }

    @Override
    public String toString() { return "stored render cache of " + schema.name(); }
}
