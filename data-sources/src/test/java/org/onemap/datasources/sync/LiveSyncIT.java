package org.onemap.datasources.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
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
import org.onemap.datasources.postgis.ThrowawayDatabase;

/** A second workspace that is online takes a change another client commits, driven by NOTIFY alone. */
class LiveSyncIT {
    @TempDir
    Path tmp;

    @Test
    void anOnlineReplicaPullsAChangeAsSoonAsTheServerNotifiesIt() throws Exception {
        LayerSchema schema = new LayerSchema("plot", GeometryKind.POLYGON, 4326, List.of(FieldDef.of("crop", FieldType.STRING)));
        try (ThrowawayDatabase db = ThrowawayDatabase.create();
             H2gisWorkspace a = H2gisWorkspace.open(tmp.resolve("a"), "a");
             H2gisWorkspace b = H2gisWorkspace.open(tmp.resolve("b"), "b")) {
            try (Transaction tx = a.createLayer(schema).begin("a")) {
                tx.insert(Feature.create(new GeometryFactory().toGeometry(new Envelope(112.9, 112.901, 27.8, 27.801)), Map.of("crop", "水稻")));
                tx.commit();
            }
            WorkspaceSync syncA = new WorkspaceSync(a, db.open("a"));
            syncA.sync();
            WorkspaceSync syncB = new WorkspaceSync(b, db.open("b"));
            syncB.sync();
            BlockingQueue<SyncReport> reports = new LinkedBlockingQueue<>();
            try (LiveSync live = LiveSync.start(syncB, db.open("b"), reports::add, e -> { throw e; })) {
                a.sql("UPDATE plot SET crop = '湘莲'");
                syncA.sync(); // commits on the server: NOTIFY reaches b

                SyncReport r = reports.poll(10, TimeUnit.SECONDS);
                assertNotNull(r, "the replica did not sync within 10 s of the server's notification");
                assertEquals(1, r.pulled());
                assertEquals("湘莲", b.sql("SELECT crop FROM plot").rows().get(0).get(0));
            }
        }
    }
}
