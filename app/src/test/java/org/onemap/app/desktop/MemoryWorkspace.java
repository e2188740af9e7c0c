package org.onemap.app.desktop;

import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.FieldType;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.memory.MemoryDataSource;
import org.onemap.core.spi.FeatureStore;
import org.onemap.core.spi.Transaction;

/**
 * A tiny in-memory workspace for view-model tests: two square counties side by side near Xiangtan
 * (西县 west of 112.9°E, 东县 east of it), three parcels in 西县 and two villages, in catalog order
 * county, village, parcel.
 */
final class MemoryWorkspace {
    static final GeometryFactory GF = new GeometryFactory();
    /** 西县: 112.8–112.9°E, 27.8–27.9°N. */
    static final Envelope WEST = new Envelope(112.8, 112.9, 27.8, 27.9);
    /** 东县: 112.9–113.0°E, 27.8–27.9°N. */
    static final Envelope EAST = new Envelope(112.9, 113.0, 27.8, 27.9);

    private MemoryWorkspace() {}

    static MemoryDataSource create() {
        MemoryDataSource ds = new MemoryDataSource();
        add(ds, new LayerSchema("county", GeometryKind.POLYGON, 4326, List.of(
                FieldDef.of("name", FieldType.STRING), FieldDef.of("adcode", FieldType.STRING), FieldDef.of("population", FieldType.LONG))),
                List.of(Feature.create(box(WEST), Map.of("name", "西县", "adcode", "430001", "population", 500_000L)),
                        Feature.create(box(EAST), Map.of("name", "东县", "adcode", "430002", "population", 300_000L))));
        add(ds, new LayerSchema("village", GeometryKind.POINT, 4326, List.of(FieldDef.of("name", FieldType.STRING))),
                List.of(Feature.create(point(112.85, 27.85), Map.of("name", "上村")),
                        Feature.create(point(112.95, 27.85), Map.of("name", "下村"))));
        add(ds, new LayerSchema("parcel", GeometryKind.POLYGON, 4326, List.of(
                FieldDef.of("parcel_code", FieldType.STRING), FieldDef.of("crop", FieldType.STRING), FieldDef.of("area_mu", FieldType.DOUBLE))),
                List.of(Feature.create(box(new Envelope(112.810, 112.811, 27.810, 27.811)), Map.of("parcel_code", "430001-001-00001", "crop", "水稻", "area_mu", 1.5)),
                        Feature.create(box(new Envelope(112.820, 112.821, 27.820, 27.821)), Map.of("parcel_code", "430001-001-00002", "crop", "湘莲", "area_mu", 2.25)),
                        Feature.create(box(new Envelope(112.830, 112.831, 27.830, 27.831)), Map.of("parcel_code", "430001-001-00003", "crop", "水稻", "area_mu", 0.8))));
        return ds;
    }

    static Geometry box(Envelope e) {
        return GF.toGeometry(e);
    }

    static Geometry point(double lon, double lat) {
        return GF.createPoint(new Coordinate(lon, lat));
    }

    private static void add(MemoryDataSource ds, LayerSchema schema, List<Feature> features) {
        FeatureStore store = ds.createLayer(schema);
        try (Transaction tx = store.begin("test")) {
            tx.insertAll(features);
            tx.commit();
        }
    }
}
