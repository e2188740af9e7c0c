package org.onemap.datasources.h2gis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.BulkLoad;
import org.onemap.core.spi.DataSourceException;
import org.onemap.core.spi.FeatureStore;
import org.onemap.core.spi.Transaction;

/** The bulk-load path into new layers: what a finished load looks like, and that an unfinished one leaves nothing. */
class H2gisBulkLoadTest {
    @TempDir
    static Path tmp;
    static H2gisWorkspace ws;

    @BeforeAll
    static void openWorkspace() {
        ws = H2gisWorkspace.open(tmp.resolve("ws"), "王五");
    }

    @AfterAll
    static void closeWorkspace() {
        ws.close();
    }

    private static long count(String sql) {
        return ((Number) ws.sql(sql).rows().get(0).get(0)).longValue();
    }

    private static String tables() {
        return ws.sql("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME").rows().toString();
    }

    @Test
    void finishedLoadIsAnIndexedVersionedAuditedLayerWithOneAuditRecord() {
        int n = 12_345; // more than two batches and a partial one
        FeatureStore layer;
        try (BulkLoad load = ws.startBulkLoad(Parcels.schema("bulk_parcel"), "导入员")) {
            for (Feature f : Parcels.parcels(0, n)) load.add(f);
            assertFalse(ws.hasLayer("bulk_parcel"), "a layer must not be visible before its load finishes");
            layer = load.finish();
        }
        assertEquals(n, layer.count(Query.ALL));
        assertEquals(1, count("SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_NAME = 'BULK_PARCEL' AND INDEX_TYPE_NAME = 'SPATIAL INDEX'"),
                "the layer has its spatial index");
        assertEquals(1, count("SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_NAME = 'BULK_PARCEL' AND INDEX_NAME = 'BULK_PARCEL_GEOM_SIDX'"),
                "the index grown on the staging table is renamed with it, as a new layer's index is named");
        assertEquals(2, count("SELECT COUNT(DISTINCT TRIGGER_NAME) FROM INFORMATION_SCHEMA.TRIGGERS WHERE EVENT_OBJECT_TABLE = 'BULK_PARCEL'"),
                "stamp and audit triggers are attached at the end of the load");
        assertEquals(1, count("SELECT COUNT(*) FROM onemap_audit WHERE layer = 'bulk_parcel'"), "one audit record for the whole load");
        assertEquals("{\"seeded\":" + n + "}", ws.sql("SELECT after_json FROM onemap_audit WHERE layer = 'bulk_parcel'").rows().get(0).get(0));
        assertEquals(n, count("SELECT COUNT(*) FROM bulk_parcel WHERE version = 1 AND updated_by = '导入员' AND updated_at IS NOT NULL"),
                "every loaded row is stamped as the stamp trigger would have stamped it");
        Feature first = layer.list(Query.bbox(new Envelope(112.9, 112.9005, 27.8, 27.8005))).get(0);
        assertEquals("430321-012-00000", first.attributes().get("parcel_code"));
        assertEquals("水稻", first.attributes().get("crop"), "Chinese text survives the EWKB/batch path");

        // later edits go through the attached triggers: version bump and a per-row audit record
        try (Transaction tx = layer.begin("编辑员")) {
            Map<String, Object> attrs = new java.util.LinkedHashMap<>(first.attributes());
            attrs.put("crop", "湘莲");
            tx.update(new Feature(first.id(), first.geometry(), attrs, first.version()));
            tx.commit();
        }
        assertEquals(2, count("SELECT version FROM bulk_parcel WHERE id = " + first.id()));
        assertEquals(2, count("SELECT COUNT(*) FROM onemap_audit WHERE layer = 'bulk_parcel'"));
        assertFalse(tables().contains(H2gisBulkLoad.STAGING_PREFIX), "no staging table left: " + tables());
    }

    @Test
    void closingAnUnfinishedLoadLeavesNothing() {
        String before = tables();
        long audit = count("SELECT COUNT(*) FROM onemap_audit");
        try (BulkLoad load = ws.startBulkLoad(Parcels.schema("abandoned"), "导入员")) {
            for (Feature f : Parcels.parcels(0, 11_000)) load.add(f);
        } // e.g. the import was cancelled or rejected
        assertFalse(ws.hasLayer("abandoned"));
        assertEquals(before, tables(), "no table left behind");
        assertEquals(0, count("SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES WHERE INDEX_NAME LIKE '" + H2gisBulkLoad.STAGING_PREFIX + "%'"),
                "nor the staging table's spatial index");
        assertEquals(audit, count("SELECT COUNT(*) FROM onemap_audit"));
    }

    @Test
    void aRowTheTableRefusesFailsTheLoadAndLeavesNothing() {
        String before = tables();
        BulkLoad load = ws.startBulkLoad(Parcels.schema("refused"), "导入员");
        DataSourceException e = assertThrows(DataSourceException.class, () -> {
            try (load) {
                for (Feature f : Parcels.parcels(0, 7_000)) load.add(f);
                load.add(Feature.create(Parcels.GF.createPoint(new org.locationtech.jts.geom.Coordinate(112.9, 27.8)), Map.of()));
                load.finish();
            }
        });
        assertTrue(e.getMessage().contains("refused") || e.getMessage().contains("POLYGON"), e.getMessage());
        assertFalse(ws.hasLayer("refused"));
        assertEquals(before, tables());
    }

    @Test
    void aTakenNameIsRefusedBeforeAnythingIsWritten() {
        ws.createLayer(Parcels.schema("taken"));
        assertThrows(DataSourceException.class, () -> ws.startBulkLoad(Parcels.schema("taken"), "导入员"));
        assertEquals(List.of(), ws.layer("taken").list(Query.ALL));
    }
}
