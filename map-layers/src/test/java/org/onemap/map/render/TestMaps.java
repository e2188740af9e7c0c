package org.onemap.map.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.FieldType;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.spi.DataSource;
import org.onemap.core.spi.FeatureStore;
import org.onemap.core.spi.Transaction;

/** Builds small in-memory layers for renderer tests. */
public final class TestMaps {
    private TestMaps() {}

    /** A new layer with string fields. */
    public static FeatureStore layer(DataSource ds, String name, GeometryKind kind, String... fields) {
        List<FieldDef> defs = new ArrayList<>();
        for (String f : fields) defs.add(FieldDef.of(f, FieldType.STRING));
        return ds.createLayer(new LayerSchema(name, kind, LayerSchema.WGS84, defs));
    }

    /** Adds features given as WKT followed by attribute key/value pairs: add(store, "POINT(1 2)", "name", "a"). */
    public static void add(FeatureStore store, String wkt, Object... keyValues) {
        add(store, geometry(wkt), keyValues);
    }

    public static void add(FeatureStore store, Geometry g, Object... keyValues) {
        Map<String, Object> attrs = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) attrs.put((String) keyValues[i], keyValues[i + 1]);
        try (Transaction tx = store.begin("test")) {
            tx.insert(Feature.create(g, attrs));
            tx.commit();
        }
    }

    /** Inserts many features in one transaction. */
    public static void addAll(FeatureStore store, List<Feature> features) {
        try (Transaction tx = store.begin("test")) {
            tx.insertAll(features);
            tx.commit();
        }
    }

    public static Geometry geometry(String wkt) {
        try {
            return new WKTReader().read(wkt);
        } catch (ParseException e) {
            throw new IllegalArgumentException(wkt, e);
        }
    }
}
