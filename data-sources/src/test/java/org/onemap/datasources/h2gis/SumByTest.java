package org.onemap.datasources.h2gis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.feature.AttributeFilter;
import org.onemap.core.feature.Query;
import org.onemap.core.memory.MemoryDataSource;
import org.onemap.core.spi.FeatureStore;
import org.onemap.core.spi.Transaction;

/** The workspace sums in SQL exactly what the SPI's read-everything default sums. */
class SumByTest {
    @TempDir
    Path tmp;

    @Test
    void sqlSumsAgreeWithTheDefaultOnTheSameFeatures() {
        try (H2gisWorkspace ws = H2gisWorkspace.open(tmp.resolve("ws"), "王五")) {
            FeatureStore h2 = Parcels.seed(ws, 60);
            FeatureStore memory = new MemoryDataSource().createLayer(Parcels.schema("parcel"));
            try (Transaction tx = memory.begin("seed")) {
                tx.insertAll(Parcels.parcels(0, 60));
                tx.commit();
            }
            for (Query q : new Query[] {Query.ALL, Query.ALL.and(AttributeFilter.eq("crop", "湘莲")),
                    Query.bbox(new Envelope(112.9, 112.905, 27.8, 27.803)), Query.ALL.and(AttributeFilter.eq("crop", "无此作物"))}) {
                assertEquals(memory.sumBy(q, "crop", "area_mu"), h2.sumBy(q, "crop", "area_mu"), "by crop, " + q);
                assertEquals(memory.sumBy(q, null, "area_mu"), h2.sumBy(q, null, "area_mu"), "in all, " + q);
            }
            Map<Object, Double> byCrop = h2.sumBy(Query.ALL, "crop", "area_mu");
            assertEquals(6, byCrop.size());
            assertEquals(60 * 61 / 2.0 + 0.0, byCrop.values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9, "areas 1 … 60");
            assertTrue(h2.sumBy(Query.ALL.and(AttributeFilter.eq("crop", "无此作物")), null, "area_mu").isEmpty());
            assertEquals(memory.sumBy(Query.ALL, "crop", "owner"), h2.sumBy(Query.ALL, "crop", "owner"), "a text field sums as 0 on both");
        }
    }
}
