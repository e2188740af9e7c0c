package org.onemap.datasources.h2gis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onemap.core.spi.Transaction;

/** The sync engine's sessions write remote versions and stamps as given; every other session is stamped as usual. */
class SyncSessionTest {
    @TempDir
    Path tmp;

    private static List<Object> versionAndAuthor(H2gisWorkspace ws) {
        return ws.sql("SELECT VERSION, UPDATED_BY FROM PARCEL WHERE ID = 1").rows().get(0);
    }

    @Test
    void syncSessionKeepsGivenVersionAndAuthorWhileOtherSessionsAreStamped() throws Exception {
        try (H2gisWorkspace ws = H2gisWorkspace.open(tmp.resolve("ws"), "local-user")) {
            try (Transaction tx = ws.createLayer(Parcels.schema("parcel")).begin("local-user")) {
                tx.insert(Parcels.parcel(1));
                tx.commit();
            }
            try (Connection c = ws.syncConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE PARCEL SET CROP = '茶叶', VERSION = 7, UPDATED_BY = 'remote-editor' WHERE ID = 1");
            }
            assertEquals(List.of(7L, "remote-editor"), versionAndAuthor(ws), "a pulled change keeps the server's version and author");
            long audited = (Long) ws.sql("SELECT COUNT(*) FROM ONEMAP_AUDIT WHERE LAYER = 'parcel' AND OP = 'update'").rows().get(0).get(0);
            assertEquals(1, audited, "a pulled change is still audited");

            // the pooled session goes back to normal: the next edits are stamped again
            for (int i = 0; i < 3; i++) ws.sql("UPDATE PARCEL SET CROP = '水稻', VERSION = 1 WHERE ID = 1");
            assertEquals(List.of(10L, "local-user"), versionAndAuthor(ws), "ordinary sessions ignore given versions and stamp the user");
        }
    }
}
