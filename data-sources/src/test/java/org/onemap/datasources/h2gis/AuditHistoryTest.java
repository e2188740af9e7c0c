package org.onemap.datasources.h2gis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.Query;
import org.onemap.core.geodesy.EllipsoidalMeasure;
import org.onemap.core.history.ChangeOp;
import org.onemap.core.history.FeatureHistory;
import org.onemap.core.history.FeatureVersion;
import org.onemap.core.spi.FeatureSource;
import org.onemap.core.spi.FeatureStore;
import org.onemap.core.spi.Transaction;
import org.onemap.core.units.AreaUnit;

/** Feature versions and layers as of a date, read back from the audit log of a real workspace file. */
class AuditHistoryTest {
    @TempDir
    static Path tmp;
    static H2gisWorkspace ws;
    static FeatureHistory history;

    @BeforeAll
    static void openWorkspace() {
        ws = H2gisWorkspace.open(tmp.resolve("ws"), "张三");
        history = ws.history().orElseThrow(() -> new AssertionError("the H2GIS workspace keeps an audit log: history() must be present"));
    }

    @AfterAll
    static void closeWorkspace() {
        ws.close();
    }

    /** An instant strictly between the writes before and after it (audit times have microsecond precision). */
    private static Instant pause() throws InterruptedException {
        Thread.sleep(20);
        Instant t = Instant.now();
        Thread.sleep(20);
        return t;
    }

    private static Map<String, Feature> byId(FeatureSource s) {
        return s.list(Query.ALL).stream().collect(Collectors.toMap(Feature::id, f -> f));
    }

    @Test
    void featureCreatedEditedTwiceAndDeletedHasFourVersionsAndReappearsInThePast() throws Exception {
        FeatureStore layer = ws.createLayer(Parcels.schema("hist"));
        Instant beforeInsert = pause();
        String id;
        String other;
        try (Transaction tx = layer.begin("drawer")) {
            id = tx.insert(Parcels.parcel(0)); // 水稻
            other = tx.insert(Parcels.parcel(1));
            tx.commit();
        }
        Instant afterInsert = pause();
        Feature v1 = layer.list(Query.ALL).stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
        try (Transaction tx = layer.begin("editor")) {
            tx.update(v1.withAttribute("crop", "蔬菜"));
            tx.commit();
        }
        Instant afterCrop = pause();
        String bigger = "POLYGON((112.9 27.8, 112.902 27.8, 112.902 27.8009, 112.9 27.8009, 112.9 27.8))";
        ws.sql("UPDATE hist SET geom = ST_GeomFromText('" + bigger + "', 4326), owner = '王五' WHERE id = " + id);
        Instant afterReshape = pause();
        ws.sql("DELETE FROM hist WHERE id = " + id);

        List<FeatureVersion> versions = history.versions("hist", id);
        assertEquals(List.of(ChangeOp.INSERT, ChangeOp.UPDATE, ChangeOp.UPDATE, ChangeOp.DELETE),
                versions.stream().map(FeatureVersion::op).toList(), "insert, two updates, delete: " + versions);
        assertEquals(List.of(1L, 2L, 3L, 3L), versions.stream().map(FeatureVersion::version).toList(),
                "versions as the stamp trigger numbered them (a deletion shows the version it removed)");
        assertEquals(List.of("drawer", "editor", "张三", "张三"), versions.stream().map(FeatureVersion::user).toList(),
                "SPI writes carry the transaction's user, SQL writes the workspace's");
        assertTrue(versions.get(0).at().isAfter(beforeInsert) && versions.get(0).at().isBefore(afterInsert), "time of the insert");

        FeatureVersion crop = versions.get(1);
        assertEquals(1, crop.changes().size(), "only the crop changed: " + crop.changes());
        assertEquals("crop", crop.changes().get(0).field());
        assertEquals("水稻", crop.changes().get(0).before());
        assertEquals("蔬菜", crop.changes().get(0).after());
        assertFalse(crop.geometryChanged(), "an attribute edit leaves the geometry");
        assertEquals(0, crop.areaChangeMu());

        FeatureVersion reshape = versions.get(2);
        assertTrue(reshape.geometryChanged(), "the SQL update replaced the geometry");
        assertEquals(List.of("owner"), reshape.changes().stream().map(c -> c.field()).toList(), "owner changed with the geometry");
        Geometry old = Parcels.square(0);
        Geometry now = reshape.after().geometry();
        double expected = AreaUnit.MU.fromSquareMetres(EllipsoidalMeasure.area(now) - EllipsoidalMeasure.area(old));
        assertEquals(expected, reshape.areaChangeMu(), 1e-9, "area change in mu on the ellipsoid");
        assertTrue(reshape.areaChangeMu() > 10, "the parcel grew from 0.0009° to 0.002° wide (about +13 mu): " + reshape.areaChangeMu());

        FeatureVersion deleted = versions.get(3);
        assertNull(deleted.after(), "nothing after a deletion");
        assertEquals("王五", deleted.before().get("owner"), "the deletion logs the row it removed");

        assertFalse(byId(history.asOf("hist", beforeInsert)).containsKey(id), "before its insert the parcel did not exist");
        Feature atInsert = byId(history.asOf("hist", afterInsert)).get(id);
        assertEquals("水稻", atInsert.get("crop"), "as inserted");
        assertTrue(atInsert.geometry().equalsExact(old), "the original square");
        assertEquals(1, atInsert.version());
        assertEquals("蔬菜", byId(history.asOf("hist", afterCrop)).get(id).get("crop"), "after the crop edit");
        Feature atReshape = byId(history.asOf("hist", afterReshape)).get(id);
        assertTrue(atReshape.geometry().equalsExact(now), "after the SQL reshape: " + atReshape.geometry());
        assertEquals(Double.valueOf(1.0), atReshape.get("area_mu"), "typed as the schema says (DOUBLE)");
        assertFalse(byId(history.asOf("hist", Instant.now())).containsKey(id), "deleted now");
        for (Instant t : List.of(afterInsert, afterCrop, afterReshape, Instant.now())) {
            assertTrue(byId(history.asOf("hist", t)).containsKey(other), "the untouched parcel exists at " + t);
        }
        FeatureSource past = history.asOf("hist", afterCrop);
        assertEquals(1, past.count(Query.bbox(new Envelope(112.9001, 112.9002, 27.8001, 27.8002))),
                "bbox queries see the past image");
        assertEquals(2, past.count(Query.ALL));
    }

    @Test
    void bulkLoadedFeatureStartsWithTheLoadAndTheLayerWasEmptyBeforeIt() throws Exception {
        FeatureStore layer = ws.createLayer(Parcels.schema("loaded"));
        Instant beforeLoad = pause();
        try (Transaction tx = layer.begin("seeder")) {
            tx.insertAll(Parcels.parcels(0, 5));
            tx.commit();
        }
        Instant afterLoad = pause();
        Feature f = layer.list(Query.ALL).get(2);
        assertEquals(1, history.versions("loaded", f.id()).size(), "a loaded, never edited feature has its load as only version");
        try (Transaction tx = layer.begin("editor")) {
            tx.update(f.withAttribute("crop", "茶叶"));
            tx.commit();
        }
        ws.sql("UPDATE loaded SET crop = '柑橘' WHERE id = " + f.id());

        List<FeatureVersion> versions = history.versions("loaded", f.id());
        assertEquals(3, versions.size(), "the load and two edits: " + versions);
        FeatureVersion first = versions.get(0);
        assertTrue(first.bulkLoaded(), "the first version comes from the bulk load");
        assertEquals("seeder", first.user());
        assertEquals(f.get("crop"), first.after().get("crop"), "as loaded");
        assertTrue(first.at().isAfter(beforeLoad) && first.at().isBefore(afterLoad), "at the load's time");
        assertEquals(List.of(1L, 2L, 3L), versions.stream().map(FeatureVersion::version).toList());

        assertEquals(0, history.asOf("loaded", beforeLoad).count(Query.ALL), "before the load the layer was empty");
        Map<String, Feature> loaded = byId(history.asOf("loaded", afterLoad));
        assertEquals(5, loaded.size());
        assertEquals(f.get("crop"), loaded.get(f.id()).get("crop"), "the edited feature reads as loaded");
        assertEquals("柑橘", byId(history.asOf("loaded", Instant.now())).get(f.id()).get("crop"));
    }
}
