package org.onemap.datasources.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.FieldType;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.spi.FeatureStore;
import org.onemap.core.spi.Transaction;
import org.onemap.datasources.h2gis.H2gisWorkspace;
import org.onemap.datasources.postgis.FreshDatabase;

/** The "base" column of the resolution dialog: the feature as both sides had it at the last sync, from the workspace's audit log. */
class ConflictBaseSyncIT {
    private static final GeometryFactory GF = new GeometryFactory();
    private static final LayerSchema PARCEL = new LayerSchema("parcel", GeometryKind.POLYGON, 4326, List.of(
            FieldDef.of("parcel_code", FieldType.STRING), FieldDef.of("crop", FieldType.STRING), FieldDef.of("owner", FieldType.STRING)));

    @TempDir
    Path tmp;

    @RegisterExtension
    final FreshDatabase db = new FreshDatabase();

    @Test
    void baseIsTheStateOfTheLastSyncWhileBothSidesMovedOn() {
        Geometry original = GF.toGeometry(new Envelope(112.9, 112.901, 27.8, 27.801));
        try (H2gisWorkspace a = H2gisWorkspace.open(tmp.resolve("a"), "planner-a")) {
            FeatureStore layer = a.createLayer(PARCEL);
            try (Transaction tx = layer.begin("planner-a")) {
                tx.insert(Feature.create(original, Map.of("parcel_code", "430321-012-00001", "crop", "水稻", "owner", "张三")));
                tx.insert(Feature.create(GF.toGeometry(new Envelope(112.91, 112.911, 27.8, 27.801)),
                        Map.of("parcel_code", "430321-012-00002", "crop", "油菜", "owner", "王五")));
                tx.commit();
            }
            WorkspaceSync syncA = new WorkspaceSync(a, db.open("planner-a"));
            syncA.sync();
            try (H2gisWorkspace b = H2gisWorkspace.open(tmp.resolve("b"), "planner-b")) {
                WorkspaceSync syncB = new WorkspaceSync(b, db.open("planner-b"));
                syncB.sync();
                ParcelEdits.write(a, ParcelEdits.byCode(a, "430321-012-00001").withAttribute("crop", "湘莲"), "planner-a");
                Feature mine = ParcelEdits.byCode(b, "430321-012-00001").withAttribute("owner", "李四");
                ParcelEdits.write(b, new Feature(mine.id(), GF.toGeometry(new Envelope(112.9, 112.9015, 27.8, 27.801)), mine.attributes(), mine.version()), "planner-b");
                ParcelEdits.write(b, ParcelEdits.byCode(b, "430321-012-00001").withAttribute("owner", "李四四"), "planner-b"); // two edits here since the sync
                syncA.sync();
                List<Conflict> conflicts = syncB.sync().conflicts();
                assertEquals(1, conflicts.size(), "edited on both sides: " + conflicts);

                Map<String, Object> base = syncB.base(conflicts.get(0));
                assertEquals("水稻", base.get("crop"), "the crop before either edit: " + base);
                assertEquals("张三", base.get("owner"), "the owner before both of B's edits: " + base);
                assertTrue(original.equalsExact((Geometry) base.get("geom")), "the geometry before B moved it: " + base.get("geom"));
                assertTrue(syncA.conflicts().isEmpty(), "A pushed first: no conflict there");
            }
        }
    }
}
