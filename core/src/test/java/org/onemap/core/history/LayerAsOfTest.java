package org.onemap.core.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.onemap.core.feature.AttributeFilter;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.FieldType;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.feature.Query;
import org.onemap.core.memory.MemoryDataSource;
import org.onemap.core.spi.FeatureStore;
import org.onemap.core.spi.Transaction;

/** A layer rebuilt from the live features and the images of those changed since, and the diff of two versions. */
class LayerAsOfTest {
    private static final GeometryFactory GF = new GeometryFactory();

    private static Feature parcel(String id, double x, String crop, long version) {
        return new Feature(id, GF.toGeometry(new Envelope(x, x + 0.001, 27.8, 27.801)), Map.of("crop", crop), version);
    }

    private static FeatureStore live() {
        MemoryDataSource ds = new MemoryDataSource();
        FeatureStore s = ds.createLayer(new LayerSchema("parcel", GeometryKind.POLYGON, 4326, List.of(FieldDef.of("crop", FieldType.STRING))));
        try (Transaction tx = s.begin("t")) {
            tx.insert(parcel(null, 112.90, "水稻", 0));
            tx.insert(parcel(null, 112.91, "油菜", 0));
            tx.insert(parcel(null, 112.92, "茶叶", 0)); // inserted after the instant
            tx.commit();
        }
        return s;
    }

    @Test
    void laterInsertsVanishAndChangedOrDeletedFeaturesReadAsTheyWere() {
        FeatureStore now = live();
        Map<String, Feature> past = new HashMap<>();
        past.put("2", parcel("2", 112.91, "水稻", 1)); // crop changed since
        past.put("3", null);                             // inserted since
        past.put("7", parcel("7", 112.95, "柑橘", 4));   // deleted since
        LayerAsOf then = new LayerAsOf(now, past);
        List<Feature> all = then.list(Query.ALL);
        assertEquals(List.of("1", "2", "7"), all.stream().map(Feature::id).toList(), "in id order, the deleted one back");
        assertEquals("水稻", all.get(1).get("crop"), "the changed feature reads as it was");
        assertEquals(1, then.count(Query.bbox(new Envelope(112.9505, 112.9506, 27.8005, 27.8006))), "bbox finds the deleted feature");
        assertEquals(2, then.count(Query.ALL.and(AttributeFilter.eq("crop", "水稻"))), "filters apply to past images");
        assertEquals(List.of("1"), then.list(Query.ALL.withLimit(1)).stream().map(Feature::id).toList(), "limit applies after merging");
        assertTrue(then.extent().contains(112.9505, 27.8005), "the extent covers the deleted feature");
        assertEquals(0, LayerAsOf.empty(now).count(Query.ALL), "before the layer existed");
    }

    @Test
    void versionDiffListsChangedAttributesAndAreaInMu() {
        Feature before = parcel("1", 112.90, "水稻", 1);
        Feature after = new Feature("1", GF.toGeometry(new Envelope(112.90, 112.902, 27.8, 27.801)), Map.of("crop", "蔬菜"), 2);
        FeatureVersion v = FeatureVersion.of(ChangeOp.UPDATE, Instant.EPOCH, "u", before, after, false);
        assertEquals(List.of(new AttributeChange("crop", "水稻", "蔬菜")), v.changes());
        assertTrue(v.geometryChanged());
        // 0.001° × 0.001° at 27.8° N ≈ 98.6 m × 110.8 m ≈ 10 920 m² ≈ 16.4 mu: doubling the width adds that much
        assertEquals(16.4, v.areaChangeMu(), 0.2, "area gained in mu");
        assertEquals(2, v.version());
        FeatureVersion gone = FeatureVersion.of(ChangeOp.DELETE, Instant.EPOCH, "u", after, null, false);
        assertEquals(2, gone.version(), "a deletion shows the version it removed");
        assertTrue(gone.areaChangeMu() < 0);
    }
}
