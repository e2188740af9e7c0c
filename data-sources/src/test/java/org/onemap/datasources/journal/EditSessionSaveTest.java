package org.onemap.datasources.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.onemap.core.edit.ParcelEdits;
import org.onemap.core.edit.session.ChangeSet;
import org.onemap.core.edit.session.EditSession;
import org.onemap.core.edit.session.SaveResult;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.FieldType;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.FeatureStore;
import org.onemap.core.spi.Transaction;
import org.onemap.datasources.h2gis.H2gisWorkspace;

/** An edit session saved into a real H2GIS workspace: one versioned transaction, audited, journal emptied. */
class EditSessionSaveTest {
    @Test
    void mergeIsSavedAuditedAndConcurrentEditIsReportedAsConflict(@TempDir Path dir) throws Exception {
        try (H2gisWorkspace ws = H2gisWorkspace.open(dir.resolve("ws"), "张三")) {
            FeatureStore layer = ws.createLayer(new LayerSchema("parcels", GeometryKind.POLYGON, LayerSchema.WGS84,
                    List.of(FieldDef.of("parcel_code", FieldType.STRING))));
            try (Transaction tx = layer.begin("seeder")) {
                tx.insert(Feature.create(box(112.900), Map.of("parcel_code", "430321-012-00001")));
                tx.insert(Feature.create(box(112.901), Map.of("parcel_code", "430321-012-00002")));
                tx.commit();
            }
            List<Feature> loaded = layer.list(Query.ALL);
            EditSession planner = new EditSession(loaded);
            EditSession colleague = new EditSession(layer.list(Query.ALL));
            Path journalFile = EditJournal.pathFor(ws.folder().resolve(H2gisWorkspace.DB_FILE), "parcels");
            try (EditJournal journal = EditJournal.resume(journalFile, planner)) {
                Geometry merged = ParcelEdits.merge(loaded.stream().map(Feature::geometry).toList());
                planner.execute(ChangeSet.replace("Merge", loaded, List.of(merged)));
                assertTrue(Files.size(journalFile) > 0, "the merge is journaled before saving");

                SaveResult saved = planner.save(layer, "张三");
                assertTrue(saved.saved(), saved.conflicts().toString());
                assertEquals(0, Files.size(journalFile), "a saved session leaves an empty journal");
            }
            List<Feature> after = layer.list(Query.ALL);
            assertEquals(1, after.size());
            assertEquals(0.002 * 0.001, after.get(0).geometry().getArea(), 1e-12);
            assertEquals("430321-012-00001", after.get(0).get("parcel_code"));
            List<List<Object>> audit = ws.sql("SELECT op, user_name FROM onemap_audit WHERE layer = 'parcels' "
                    + "AND user_name = '张三' ORDER BY seq").rows();
            assertEquals(3, audit.size(), "two deletes and one insert audited as the planner: " + audit);

            Feature stale = colleague.feature(loaded.get(0).id());
            colleague.execute(ChangeSet.reshape("Move", stale, ParcelEdits.move(stale.geometry(), 0, 0.0001)));
            SaveResult refused = colleague.save(layer, "李四");
            assertFalse(refused.saved(), "editing a parcel deleted by someone else must not be saved silently");
            assertEquals(1, layer.count(Query.ALL), "nothing written when the save is refused");
            assertTrue(colleague.canUndo(), "the refused session keeps its edits");
        }
    }

    private static Geometry box(double x) {
        return ParcelEdits.rectangle(JournalFixture.GF, new Coordinate(x, 27.8), new Coordinate(x + 0.001, 27.801));
    }
}
