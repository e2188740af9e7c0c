package org.onemap.datasources.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.FieldType;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.DataSource;
import org.onemap.core.spi.FeatureStore;
import org.onemap.core.spi.Transaction;
import org.onemap.datasources.h2gis.H2gisWorkspace;
import org.onemap.datasources.postgis.FreshDatabase;

/** The sync engine against a real PostGIS: each test gets its own database and fresh workspaces. */
class WorkspaceSyncIT {
    private static final GeometryFactory GF = new GeometryFactory();
    private static final LayerSchema PARCEL = new LayerSchema("parcel", GeometryKind.POLYGON, 4326, List.of(
            FieldDef.of("parcel_code", FieldType.STRING), FieldDef.of("crop", FieldType.STRING),
            FieldDef.of("owner", FieldType.STRING), FieldDef.of("area_mu", FieldType.DOUBLE)));

    @TempDir
    Path tmp;

    @RegisterExtension
    final FreshDatabase db = FreshDatabase.withServer("server-admin");

    private static Feature parcel(int i) {
        double x = 112.9 + (i % 10) * 0.001;
        double y = 27.8 + (i / 10) * 0.001;
        return Feature.create(GF.toGeometry(new Envelope(x, x + 0.0009, y, y + 0.0009)), Map.of(
                "parcel_code", String.format("430321-012-%05d", i), "crop", "水稻", "owner", "农户" + i, "area_mu", 1.0 + i));
    }

    /** A workspace with a {@code parcel} layer of {@code n} parcels, inserted one by one (audited). */
    private H2gisWorkspace workspaceWithParcels(String name, String user, int n) {
        H2gisWorkspace ws = H2gisWorkspace.open(tmp.resolve(name), user);
        FeatureStore layer = ws.createLayer(PARCEL);
        try (Transaction tx = layer.begin(user)) {
            for (int i = 0; i < n; i++) tx.insert(parcel(i));
            tx.commit();
        }
        return ws;
    }

    private static void edit(DataSource ds, String code, String field, Object value, String user) {
        Feature f = ParcelEdits.byCode(ds, code);
        try (Transaction tx = ds.writableLayer("parcel").orElseThrow().begin(user)) {
            tx.update(f.withAttribute(field, value));
            tx.commit();
        }
    }

    /** parcel_code → crop/owner of every parcel, to compare sides. */
    private static Map<String, String> contents(DataSource ds) {
        Map<String, String> out = new TreeMap<>();
        ds.layer("parcel").read(Query.ALL, f -> out.put((String) f.get("parcel_code"), f.get("crop") + "/" + f.get("owner")));
        return out;
    }

    private H2gisWorkspace replica(String name, String user) {
        H2gisWorkspace ws = H2gisWorkspace.open(tmp.resolve(name), user);
        SyncReport r = new WorkspaceSync(ws, db.open(user)).sync();
        assertEquals(List.of("parcel"), r.replicated(), "a new workspace replicates the server's layers");
        return ws;
    }

    @Test
    void firstSyncPublishesTheWorkspace() {
        try (H2gisWorkspace a = workspaceWithParcels("a", "planner-a", 25)) {
            SyncReport r = new WorkspaceSync(a, db.open("planner-a")).sync();
            assertEquals(List.of("parcel"), r.published());
            assertFalse(r.hasConflicts());
            assertEquals(25, db.server().layer("parcel").count(Query.ALL), "every feature is on the server");
            assertEquals(contents(a), contents(db.server()));
            Feature f = db.server().layer("parcel").list(Query.ALL).get(0);
            assertTrue(f.id().matches("[0-9a-f]{8}-\\d+"), "published ids are node-prefixed so replicas never collide: " + f.id());

            SyncReport again = new WorkspaceSync(a, db.open("planner-a")).sync();
            assertEquals(0, again.pushed() + again.pulled(), "a second sync without edits moves nothing: " + again);
        }
    }

    @Test
    void twoWorkspacesEditingDifferentFeaturesSyncCleanly() {
        try (H2gisWorkspace a = workspaceWithParcels("a", "planner-a", 20)) {
            WorkspaceSync syncA = new WorkspaceSync(a, db.open("planner-a"));
            syncA.sync();
            try (H2gisWorkspace b = replica("b", "planner-b")) {
                WorkspaceSync syncB = new WorkspaceSync(b, db.open("planner-b"));
                assertEquals(contents(a), contents(b), "the replica holds what was published");

                edit(a, "430321-012-00001", "crop", "湘莲", "planner-a");
                a.sql("UPDATE parcel SET owner = '王五' WHERE parcel_code = '430321-012-00003'"); // SQL edits sync too
                edit(b, "430321-012-00002", "crop", "茶叶", "planner-b");
                try (Transaction tx = b.writableLayer("parcel").orElseThrow().begin("planner-b")) {
                    tx.insert(parcel(99));
                    Feature gone = ParcelEdits.byCode(b, "430321-012-00005");
                    tx.delete(gone.id(), gone.version());
                    tx.commit();
                }

                SyncReport ra = syncA.sync();
                SyncReport rb = syncB.sync();
                SyncReport ra2 = syncA.sync();
                assertFalse(ra.hasConflicts() || rb.hasConflicts() || ra2.hasConflicts(), "different features never conflict: " + rb.conflicts());
                assertEquals(2, ra.pushed(), "A pushes its two edits");
                assertEquals(3, rb.pushed(), "B pushes its edit, insert and delete");
                assertEquals(contents(db.server()), contents(a), "A equals the server after syncing");
                assertEquals(contents(db.server()), contents(b), "B equals the server after syncing");
                assertEquals("湘莲/农户1", contents(b).get("430321-012-00001"));
                assertEquals("茶叶/农户2", contents(a).get("430321-012-00002"));
                assertEquals("水稻/王五", contents(b).get("430321-012-00003"));
                assertNull(ParcelEdits.byCode(a, "430321-012-00005"), "B's delete reached A");
                assertEquals(20, a.layer("parcel").count(Query.ALL));
                assertEquals("planner-b", b.sql("SELECT updated_by FROM parcel WHERE parcel_code = '430321-012-00002'").rows().get(0).get(0));
                assertEquals("planner-b", a.sql("SELECT updated_by FROM parcel WHERE parcel_code = '430321-012-00002'").rows().get(0).get(0),
                        "a pulled change keeps who made it");
            }
        }
    }

    @Test
    void sameFeatureEditedOnBothSidesIsAConflictUntilResolved() {
        try (H2gisWorkspace a = workspaceWithParcels("a", "planner-a", 10)) {
            WorkspaceSync syncA = new WorkspaceSync(a, db.open("planner-a"));
            syncA.sync();
            try (H2gisWorkspace b = replica("b", "planner-b")) {
                WorkspaceSync syncB = new WorkspaceSync(b, db.open("planner-b"));
                edit(a, "430321-012-00004", "crop", "湘莲", "planner-a");
                edit(b, "430321-012-00004", "owner", "李四", "planner-b");
                edit(b, "430321-012-00006", "crop", "柑橘", "planner-b");
                syncA.sync();

                SyncReport rb = syncB.sync();
                assertEquals(1, rb.conflicts().size(), "the feature edited on both sides is a conflict: " + rb.conflicts());
                Conflict c = rb.conflicts().get(0);
                assertEquals("parcel", c.layer());
                assertTrue(c.describe().startsWith("conflict parcel/"), c.describe());
                assertEquals("水稻/李四", contents(b).get("430321-012-00004"), "the local edit stays local, not overwritten");
                assertEquals("湘莲/农户4", contents(db.server()).get("430321-012-00004"), "the server keeps A's edit, not overwritten");
                assertEquals("柑橘/农户6", contents(db.server()).get("430321-012-00006"), "B's other edit was pushed");
                assertEquals(1, syncB.sync().conflicts().size(), "an unresolved conflict stays listed");

                ConflictView v = syncB.view(c);
                assertEquals(List.of("crop", "owner"), v.differingFields());
                assertFalse(v.geometryDiffers());

                syncB.merge(c, Map.of("crop", Side.THEIRS)); // A's crop, B's owner
                assertEquals(List.of(), syncB.conflicts());
                assertEquals("湘莲/李四", contents(b).get("430321-012-00004"));
                assertEquals("湘莲/李四", contents(db.server()).get("430321-012-00004"), "the merge is written to the server");
                SyncReport ra = syncA.sync();
                assertFalse(ra.hasConflicts(), "A had not edited since: it takes the merge: " + ra.conflicts());
                assertEquals(contents(db.server()), contents(a));
                assertEquals(contents(db.server()), contents(b));
            }
        }
    }

    @Test
    void conflictResolvedAsTheirsOrMineWinsOnBothSides() {
        try (H2gisWorkspace a = workspaceWithParcels("a", "planner-a", 10)) {
            WorkspaceSync syncA = new WorkspaceSync(a, db.open("planner-a"));
            syncA.sync();
            try (H2gisWorkspace b = replica("b", "planner-b")) {
                WorkspaceSync syncB = new WorkspaceSync(b, db.open("planner-b"));
                edit(a, "430321-012-00001", "crop", "油菜", "planner-a");
                edit(a, "430321-012-00002", "crop", "油菜", "planner-a");
                edit(b, "430321-012-00001", "crop", "蔬菜", "planner-b");
                edit(b, "430321-012-00002", "crop", "蔬菜", "planner-b");
                syncA.sync();
                List<Conflict> conflicts = syncB.sync().conflicts();
                assertEquals(2, conflicts.size());
                Map<Long, Conflict> byLocal = new TreeMap<>();
                for (Conflict c : conflicts) byLocal.put(c.localId(), c);
                Long one = Long.parseLong(ParcelEdits.byCode(b, "430321-012-00001").id());
                Long two = Long.parseLong(ParcelEdits.byCode(b, "430321-012-00002").id());
                syncB.resolve(byLocal.get(one), Side.THEIRS);
                syncB.resolve(byLocal.get(two), Side.MINE);
                assertEquals("油菜/农户1", contents(b).get("430321-012-00001"), "theirs: the server's edit replaces mine");
                assertEquals("蔬菜/农户2", contents(db.server()).get("430321-012-00002"), "mine: my edit replaces the server's");
                assertFalse(syncB.sync().hasConflicts());
                assertFalse(syncA.sync().hasConflicts(), "A had not edited again: no new conflict");
                assertEquals(contents(db.server()), contents(a));
                assertEquals(contents(db.server()), contents(b));
            }
        }
    }

    @Test
    void offlineEditsSurviveARestartAndSyncLater() {
        Path folder = tmp.resolve("field");
        try (H2gisWorkspace a = workspaceWithParcels("field", "planner-a", 10)) {
            new WorkspaceSync(a, db.open("planner-a")).sync();
            edit(a, "430321-012-00007", "crop", "茶叶", "planner-a"); // made offline: no sync before closing
        }
        try (H2gisWorkspace reopened = H2gisWorkspace.open(folder, "planner-a")) {
            assertEquals("水稻/农户7", contents(db.server()).get("430321-012-00007"), "not on the server before syncing");
            SyncReport r = new WorkspaceSync(reopened, db.open("planner-a")).sync();
            assertEquals(1, r.pushed(), "the edit made before the restart is pushed");
            assertEquals("茶叶/农户7", contents(db.server()).get("430321-012-00007"));
        }
    }

    @Test
    void serverEditsMadeWithPlainSqlArePulled() {
        try (H2gisWorkspace a = workspaceWithParcels("a", "planner-a", 10)) {
            WorkspaceSync sync = new WorkspaceSync(a, db.open("planner-a"));
            sync.sync();
            db.server().sql("UPDATE parcel SET crop = '蔬菜' WHERE parcel_code = '430321-012-00008'");
            db.server().sql("DELETE FROM parcel WHERE parcel_code = '430321-012-00009'");
            SyncReport r = sync.sync();
            assertEquals(2, r.pulled());
            assertEquals("蔬菜/农户8", contents(a).get("430321-012-00008"));
            assertNull(ParcelEdits.byCode(a, "430321-012-00009"));
            assertEquals("server-admin", a.sql("SELECT updated_by FROM parcel WHERE parcel_code = '430321-012-00008'").rows().get(0).get(0));
        }
    }

    @Test
    void syncResumesWhenTheServerCommittedButTheWorkspaceBookkeepingWasLost() {
        try (H2gisWorkspace a = workspaceWithParcels("a", "planner-a", 10)) {
            WorkspaceSync sync = new WorkspaceSync(a, db.open("planner-a"));
            sync.sync();
            edit(a, "430321-012-00001", "crop", "湘莲", "planner-a");
            try (Transaction tx = a.writableLayer("parcel").orElseThrow().begin("planner-a")) {
                tx.insert(parcel(50));
                Feature gone = ParcelEdits.byCode(a, "430321-012-00002");
                tx.delete(gone.id(), gone.version());
                tx.commit();
            }
            // what a network loss between the server's commit and the workspace's commit leaves behind
            a.sql("CREATE TABLE SAVED_FEATURE AS SELECT * FROM ONEMAP_SYNC_FEATURE");
            a.sql("CREATE TABLE SAVED_SYNC AS SELECT * FROM ONEMAP_SYNC");
            assertEquals(3, sync.sync().pushed());
            a.sql("DELETE FROM ONEMAP_SYNC_FEATURE");
            a.sql("INSERT INTO ONEMAP_SYNC_FEATURE SELECT * FROM SAVED_FEATURE");
            a.sql("DELETE FROM ONEMAP_SYNC");
            a.sql("INSERT INTO ONEMAP_SYNC SELECT * FROM SAVED_SYNC");

            SyncReport resumed = sync.sync();
            assertFalse(resumed.hasConflicts(), "our own writes found on the server are not conflicts: " + resumed.conflicts());
            assertEquals(10, db.server().layer("parcel").count(Query.ALL), "nothing pushed twice, nothing lost");
            assertEquals(contents(db.server()), contents(a));
            edit(a, "430321-012-00050", "owner", "赵六", "planner-a");
            SyncReport next = sync.sync();
            assertEquals(1, next.pushed(), "syncing goes on normally afterwards: " + next);
            assertEquals("水稻/赵六", contents(db.server()).get("430321-012-00050"));
        }
    }

    @Test
    void deleteOnOneSideAndEditOnTheOtherIsAConflictNotALoss() {
        try (H2gisWorkspace a = workspaceWithParcels("a", "planner-a", 10)) {
            WorkspaceSync syncA = new WorkspaceSync(a, db.open("planner-a"));
            syncA.sync();
            db.server().sql("DELETE FROM parcel WHERE parcel_code = '430321-012-00003'");
            db.server().sql("UPDATE parcel SET crop = '蔬菜' WHERE parcel_code = '430321-012-00004'");
            edit(a, "430321-012-00003", "crop", "茶叶", "planner-a");
            Feature four = ParcelEdits.byCode(a, "430321-012-00004");
            try (Transaction tx = a.writableLayer("parcel").orElseThrow().begin("planner-a")) {
                tx.delete(four.id(), four.version());
                tx.commit();
            }
            List<Conflict> conflicts = syncA.sync().conflicts();
            assertEquals(2, conflicts.size(), "edit vs delete both ways are conflicts: " + conflicts);
            assertEquals("茶叶/农户3", contents(a).get("430321-012-00003"), "my edit of a feature deleted on the server is kept");
            assertEquals("蔬菜/农户4", contents(db.server()).get("430321-012-00004"), "the server's edit of a feature I deleted is kept");
            for (Conflict c : conflicts) {
                assertTrue(c.describe().contains("deleted"), c.describe());
                syncA.resolve(c, Side.MINE);
            }
            assertEquals("茶叶/农户3", contents(db.server()).get("430321-012-00003"), "mine: my edit brings the feature back on the server");
            assertNull(ParcelEdits.byCode(db.server(), "430321-012-00004"), "mine: my delete wins on the server");
            assertFalse(syncA.sync().hasConflicts());
            assertEquals(contents(db.server()), contents(a));
        }
    }

    @Test
    void aPublishWhoseWorkspaceCommitWasLostIsResumedNotDuplicated() {
        try (H2gisWorkspace a = workspaceWithParcels("a", "planner-a", 10)) {
            WorkspaceSync sync = new WorkspaceSync(a, db.open("planner-a"));
            sync.sync();
            // the server committed the publish, the workspace's bookkeeping did not
            a.sql("DELETE FROM ONEMAP_SYNC_FEATURE");
            a.sql("DELETE FROM ONEMAP_SYNC_LAYER");
            edit(a, "430321-012-00006", "crop", "油菜", "planner-a");
            db.server().sql("UPDATE parcel SET owner = '张三' WHERE parcel_code = '430321-012-00007'");
            Feature gone = ParcelEdits.byCode(a, "430321-012-00008");
            try (Transaction tx = a.writableLayer("parcel").orElseThrow().begin("planner-a")) {
                tx.delete(gone.id(), gone.version());
                tx.commit();
            }

            SyncReport r = sync.sync();
            assertFalse(r.hasConflicts(), "the features published from here are recognised: " + r.conflicts());
            assertEquals(9, db.server().layer("parcel").count(Query.ALL), "nothing published twice; the local delete reaches the server");
            assertEquals(9, a.layer("parcel").count(Query.ALL), "nothing pulled twice, the deleted feature not brought back");
            assertEquals("油菜/农户6", contents(db.server()).get("430321-012-00006"), "the local edit made meanwhile is pushed");
            assertEquals("水稻/张三", contents(a).get("430321-012-00007"), "the server edit made meanwhile is pulled");
        }
    }
}
