package org.onemap.thematic;

import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.memory.MemoryDataSource;
import org.onemap.core.spi.FeatureSource;
import org.onemap.core.spi.FeatureStore;
import org.onemap.core.spi.Transaction;

/** Small in-memory layers for thematic tests, built through the SPI like real stores. */
public final class TestLayers {
    public static final GeometryFactory GF = new GeometryFactory();

    private TestLayers() {}

    public static FeatureSource layer(String name, GeometryKind kind, List<FieldDef> fields, List<Feature> features) {
        MemoryDataSource ds = new MemoryDataSource();
        FeatureStore store = ds.createLayer(new LayerSchema(name, kind, LayerSchema.WGS84, fields));
        try (Transaction tx = store.begin("test")) {
            tx.insertAll(features);
            tx.commit();
        }
        return ds.layer(name);
    }

    /** A lon/lat box polygon. */
    public static Geometry box(double x1, double y1, double x2, double y2) {
        return GF.toGeometry(new Envelope(x1, x2, y1, y2));
    }

    public static Geometry point(double lon, double lat) {
        return GF.createPoint(new Coordinate(lon, lat));
    }

    public static Feature feature(Geometry g, Map<String, ?> attributes) {
        return Feature.create(g, attributes);
    }
}
