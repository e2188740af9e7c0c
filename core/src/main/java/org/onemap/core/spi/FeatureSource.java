package org.onemap.core.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.feature.Query;

/** Read access to one layer. Implementations are thread-safe for concurrent reads. */
public interface FeatureSource {
    LayerSchema schema();

    /**
     * Number of features matching the query (bbox intersects, filters ANDed, limit applied). By default
     * the features {@link #read} streams are counted; a store that can count without reading overrides it.
     */
    default long count(Query query) {
        long[] n = {0};
        read(query, f -> n[0]++);
        return n[0];
    }

    /** Streams matching features to {@code sink}, in id order, without materialising them all. */
    void read(Query query, Consumer<Feature> sink);

    /** Bounding box of all features in the layer CRS, or null when the layer is empty. */
    Envelope extent();

    default List<Feature> list(Query query) {
        List<Feature> out = new ArrayList<>();
        read(query, out::add);
        return out;
    }

    /**
     * The features with these ids, in id order; ids the layer does not have are left out. By default the
     * whole layer is read and filtered; a store that can look ids up overrides it.
     */
    default List<Feature> byIds(java.util.Collection<String> ids) {
        java.util.Set<String> wanted = new java.util.HashSet<>(ids);
        List<Feature> out = new ArrayList<>();
        if (wanted.isEmpty()) return out;
        read(Query.ALL, f -> {
            if (wanted.contains(f.id())) out.add(f);
        });
        return out;
    }

    /**
     * Sums {@code sumField} over the features matching {@code query}, per value of {@code groupField} (a
     * null group field: one group, keyed null); a value that is not a number adds 0, a feature whose group
     * value is null is grouped under null. For indicators such as area by crop: by default every feature is
     * read, so a store that can aggregate (SQL) overrides it and a 1M-parcel layer is summed without
     * decoding a geometry.
     */
    default java.util.Map<Object, Double> sumBy(Query query, String groupField, String sumField) {
        java.util.Map<Object, Double> out = new java.util.LinkedHashMap<>();
        read(query, f -> out.merge(groupField == null ? null : f.get(groupField),
                f.get(sumField) instanceof Number n ? n.doubleValue() : 0.0, Double::sum));
        return out;
    }

    default String name() { return schema().name(); }
}
