package org.onemap.datasources.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.FieldType;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.spi.Transaction;
import org.onemap.datasources.h2gis.H2gisWorkspace;
import org.onemap.datasources.postgis.PostgisDatabase;
import org.onemap.datasources.postgis.ThrowawayDatabase;

/** A field added with SQL on one side only is left alone by sync: never sent, never overwritten with nulls. */
class FieldAddedOnOneSideSyncIT {
    @TempDir
    Path tmp;

    @Test
    void aServerOnlyFieldKeepsItsValuesWhenWorkspaceEditsArePushed() {
        LayerSchema schema = new LayerSchema("plot", GeometryKind.POLYGON, 4326, List.of(FieldDef.of("crop", FieldType.STRING)));
        try (ThrowawayDatabase db = ThrowawayDatabase.create();
             PostgisDatabase server = db.open("admin");
             H2gisWorkspace ws = H2gisWorkspace.open(tmp.resolve("ws"), "planner")) {
            try (Transaction tx = ws.createLayer(schema).begin("planner")) {
                tx.insert(Feature.create(new GeometryFactory().toGeometry(new Envelope(112.9, 112.901, 27.8, 27.801)), Map.of("crop", "水稻")));
                tx.commit();
            }
            WorkspaceSync sync = new WorkspaceSync(ws, db.open("planner"));
            sync.sync();
            server.sql("ALTER TABLE plot ADD COLUMN inspector text");
            server.sql("UPDATE plot SET inspector = '王检查'");
            assertEquals(1, sync.sync().pulled(), "the server edit comes down (the new field stays on the server)");
            ws.sql("ALTER TABLE plot ADD COLUMN note VARCHAR");
            ws.sql("UPDATE plot SET crop = '湘莲', note = '只在本地'");

            SyncReport r = sync.sync();
            assertFalse(r.hasConflicts(), r.conflicts().toString());
            assertEquals(1, r.pushed());
            assertEquals("湘莲", server.sql("SELECT crop FROM plot").rows().get(0).get(0));
            assertEquals("王检查", server.sql("SELECT inspector FROM plot").rows().get(0).get(0), "the server-only field is not nulled");
            assertEquals("只在本地", ws.sql("SELECT note FROM plot").rows().get(0).get(0), "the workspace-only field is not nulled");
        }
    }
}
