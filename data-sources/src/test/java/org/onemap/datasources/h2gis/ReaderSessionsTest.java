package org.onemap.datasources.h2gis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.h2.command.Command;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.DataSourceException;
import org.onemap.core.spi.FeatureStore;

/** Layer reads run on kept sessions that keep their parsed statements; a closed workspace refuses reads. */
class ReaderSessionsTest {
    private static final String SELECT = "SELECT \"ID\" FROM \"PARCEL\" WHERE \"GEOM\" && ST_MakeEnvelope(?, ?, ?, ?, 4326) ORDER BY \"ID\"";

    @TempDir
    Path tmp;

    @Test
    void aReaderSessionKeepsItsParsedStatementWhereAPooledOneLosesIt() throws Exception {
        try (H2gisWorkspace ws = H2gisWorkspace.open(tmp.resolve("ws"), "王五")) {
            Parcels.seed(ws, 20);
            Command first = ws.read("parse", ReaderSessionsTest::parse);
            assertSame(first, ws.read("parse again", ReaderSessionsTest::parse),
                    "the next read must run on the same kept session and find the SELECT in its statement cache");
            // why reads do not use the pool: it rolls back each connection it takes back, and H2 then parses again
            Command pooledFirst;
            try (Connection pooled = ws.session("王五")) {
                pooledFirst = parse(pooled);
            }
            try (Connection pooled = ws.session("王五")) {
                assertNotSame(pooledFirst, parse(pooled), "H2 kept the parsed statement across the pool's rollback: ReaderSessions may be unneeded");
            }
        }
    }

    @Test
    void readsReuseOneSessionAndAClosedWorkspaceRefusesThem() {
        H2gisWorkspace ws = H2gisWorkspace.open(tmp.resolve("ws"), "王五");
        FeatureStore parcels = Parcels.seed(ws, 30);
        Query box = Query.bbox(new Envelope(112.9001, 112.9049, 27.8001, 27.8019));   // squares 0-4 and 10-14
        for (int i = 0; i < 3; i++) {
            List<Long> ids = new ArrayList<>();
            parcels.read(box, f -> ids.add(Long.parseLong(f.id())));
            assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 11L, 12L, 13L, 14L, 15L), ids, "read " + i + " must find the parcels in the box");
        }
        ws.close();
        DataSourceException e = assertThrows(DataSourceException.class, () -> parcels.read(box, f -> { }));
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
    }

    @Test
    void keepsAFewIdleSessionsAndClosesTheRest() throws Exception {
        try (Connection keepOpen = java.sql.DriverManager.getConnection("jdbc:h2:mem:reader-sessions-test", "sa", "")) {
            ReaderSessions readers = new ReaderSessions("jdbc:h2:mem:reader-sessions-test", "sa");
            Connection a = readers.take();
            readers.release(a);
            assertSame(a, readers.take(), "a released session is handed out again");
            List<Connection> many = new ArrayList<>();
            for (int i = 0; i < 12; i++) many.add(readers.take());
            many.forEach(readers::release);
            long open = 0;
            for (Connection c : many) open += c.isClosed() ? 0 : 1;
            assertEquals(8, open, "at most 8 idle sessions are kept, the others closed");
            readers.closeAll();
            for (Connection c : many) assertTrue(c.isClosed(), "closing the workspace closes its idle reader sessions");
            readers.release(a);
            assertTrue(a.isClosed(), "a session given back after the close is closed, not kept");
        }
    }


    /** Prepares and closes {@link #SELECT} on {@code c}'s session; returns H2's command object. */
    private static Command parse(Connection c) {
        SessionLocal session = (SessionLocal) ((JdbcConnection) c).getSession();
        Command command = session.prepareLocal(SELECT);
        command.close();
        return command;
    }
}
