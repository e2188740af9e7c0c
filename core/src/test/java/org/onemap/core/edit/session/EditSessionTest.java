package org.onemap.core.edit.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.onemap.core.edit.ParcelEdits;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.FieldType;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.feature.Query;
import org.onemap.core.memory.MemoryDataSource;
import org.onemap.core.spi.FeatureStore;
import org.onemap.core.spi.Transaction;

class EditSessionTest {
    private final WKTReader wkt = new WKTReader();
    private FeatureStore store;

    @BeforeEach
    void createLayer() throws ParseException {
        store = new MemoryDataSource().createLayer(new LayerSchema("parcels", GeometryKind.POLYGON, LayerSchema.WGS84,
                List.of(FieldDef.of("code", FieldType.STRING))));
        try (Transaction tx = store.begin("seed")) {
            tx.insert(Feature.create(wkt.read("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))"), Map.of("code", "A")));
            tx.insert(Feature.create(wkt.read("POLYGON ((10 0, 20 0, 20 10, 10 10, 10 0))"), Map.of("code", "B")));
            tx.commit();
        }
    }

    private Feature byCode(List<Feature> fs, String code) {
        return fs.stream().filter(f -> code.equals(f.get("code"))).findFirst().orElseThrow();
    }

    @Test
    void undoesAndRedoesFiftyOneEditsBackToTheSameState() throws ParseException {
        EditSession session = new EditSession(store.list(Query.ALL));
        Feature a = byCode(store.list(Query.ALL), "A");
        List<Polygon> pieces = ParcelEdits.split(a.geometry(), (LineString) wkt.read("LINESTRING (5 -1, 5 11)"));
        session.execute(ChangeSet.replace("Split A", List.of(a), pieces));
        assertEquals(3, session.features().size());
        for (int i = 0; i < 50; i++) {
            Feature b = byCode(List.copyOf(session.features()), "B");
            session.execute(ChangeSet.reshape("Move B", b, ParcelEdits.move(b.geometry(), 1, 0)));
        }
        for (int i = 0; i < 51; i++) session.undo();
        assertFalse(session.canUndo());
        assertTrue(session.pendingChanges().isEmpty(), "all undone: " + session.pendingChanges());
        for (int i = 0; i < 51; i++) session.redo();
        assertEquals(60, byCode(List.copyOf(session.features()), "B").geometry().getEnvelopeInternal().getMinX());
        assertEquals(4, session.pendingChanges().size(), "expected A deleted, two pieces added, B updated: "
                + session.pendingChanges());
    }

    @Test
    void savesInOneTransactionAndReportsVersionConflicts() throws ParseException {
        EditSession session = new EditSession(store.list(Query.ALL));
        Feature b = byCode(List.copyOf(session.features()), "B");
        session.execute(ChangeSet.reshape("Move B", b, ParcelEdits.move(b.geometry(), 0, 5)));
        session.execute(ChangeSet.add("Draw", wkt.read("POLYGON ((30 0, 40 0, 40 10, 30 0))"), Map.of("code", "C")));

        // someone else saves B meanwhile
        try (Transaction other = store.begin("colleague")) {
            other.update(b.withAttribute("code", "B2"));
            other.commit();
        }
        SaveResult refused = session.save(store, "planner");
        assertFalse(refused.saved());
        assertEquals(1, refused.conflicts().size(), refused.conflicts().toString());
        assertTrue(refused.conflicts().get(0).startsWith(b.id()), refused.conflicts().toString());
        assertEquals(2, store.count(Query.ALL), "nothing written on conflict");
        assertTrue(session.canUndo(), "session keeps its edits after a conflict");

        session.undo();
        session.undo();
        session.execute(ChangeSet.add("Draw", wkt.read("POLYGON ((30 0, 40 0, 40 10, 30 0))"), Map.of("code", "C")));
        SaveResult ok = session.save(store, "planner");
        assertTrue(ok.saved(), ok.conflicts().toString());
        assertEquals(1, ok.insertedIds().size());
        assertEquals(3, store.count(Query.ALL));
    }

    @Test
    void discardReturnsToLoadedFeatures() throws ParseException {
        List<Feature> loaded = store.list(Query.ALL);
        EditSession session = new EditSession(loaded);
        Feature a = byCode(loaded, "A");
        Geometry holed = ParcelEdits.addHole(a.geometry(), wkt.read("POLYGON ((4 4, 6 4, 6 6, 4 6, 4 4))"));
        session.execute(ChangeSet.reshape("Hole", a, holed));
        session.discard();
        assertTrue(session.pendingChanges().isEmpty());
        assertFalse(session.canUndo());
        assertNull(session.undoName());
        assertEquals(100, session.feature(a.id()).geometry().getArea());
    }

    @Test
    void pendingChangesLookOnlyAtTouchedFeaturesOfABigLayer() throws ParseException {
        // a session on 20,000 parcels: one edit is one pending change, found without comparing the rest
        List<Feature> many = new java.util.ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            many.add(new Feature(String.valueOf(i + 1), wkt.read("POINT (" + i + " 0)"), Map.of("code", "P" + i), 1));
        }
        EditSession session = new EditSession(many);
        Feature p7 = session.feature("7");
        session.execute(ChangeSet.reshape("Move P7", p7, ParcelEdits.move(p7.geometry(), 1, 0)));
        session.execute(ChangeSet.reshape("Move P7 back", session.feature("7"), p7.geometry()));
        assertTrue(session.pendingChanges().isEmpty(), "moved there and back: no change left");
        session.execute(ChangeSet.replace("Delete P9", List.of(session.feature("9")), List.of()));
        session.execute(ChangeSet.reshape("Move P3", session.feature("3"), ParcelEdits.move(p7.geometry(), 5, 5)));
        List<FeatureChange> pending = session.pendingChanges();
        assertEquals(2, pending.size(), pending.toString());
        assertEquals("9", pending.get(0).id());
        assertNull(pending.get(0).after(), "P9 deleted");
        assertEquals("3", pending.get(1).id());
        session.discard();
        assertTrue(session.pendingChanges().isEmpty());
        assertEquals(List.of("1", "2", "3"), session.features().stream().limit(3).map(Feature::id).toList(),
                "discard puts the features back as loaded, in their order");
        assertEquals(20_000, session.features().size());
    }

    @Test
    void aRegionLoadedLaterKeepsEditsAndAnUnloadedFeatureEditedByAJournalIsAnUpdate() throws ParseException {
        List<Feature> all = store.list(Query.ALL);
        Feature a = byCode(all, "A");
        Feature b = byCode(all, "B");
        EditSession session = new EditSession(List.of(a));
        session.execute(ChangeSet.reshape("Move A", a, ParcelEdits.move(a.geometry(), 1, 0)));
        Feature movedA = session.feature(a.id());
        assertEquals(1, session.load(all), "B is new to the session; A keeps its edit");
        assertTrue(session.feature(a.id()).geometry().equalsExact(movedA.geometry()));
        assertEquals(1, session.pendingChanges().size());

        // B never loaded: an edit of it (as a journal replays one) is an update of the stored B, not an insert
        EditSession other = new EditSession(List.of(a));
        other.execute(ChangeSet.reshape("Move B", b, ParcelEdits.move(b.geometry(), 0, 1)));
        List<FeatureChange> pending = other.pendingChanges();
        assertEquals(1, pending.size());
        assertEquals(b, pending.get(0).before(), "B as stored is the change's before-state");
        SaveResult r = other.save(store, "t");
        assertTrue(r.saved(), r.conflicts().toString());
        assertEquals(1, r.updated());
        assertEquals(2, store.list(Query.ALL).size(), "updated, nothing inserted");
    }
}
