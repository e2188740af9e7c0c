package org.onemap.sample;

import java.util.List;
import java.util.Objects;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.LayerSchema;

/**
 * One ready-to-store sample layer: its schema (SRID 4326, lon/lat) and its features, which have no id
 * yet (the target store assigns one) and version 0.
 */
public record SampleLayer(LayerSchema schema, List<Feature> features) {
    public SampleLayer {
        Objects.requireNonNull(schema, "schema");
        features = List.copyOf(features);
    }

    public String name() {
        return schema.name();
    }

    public int size() {
        return features.size();
    }
}
