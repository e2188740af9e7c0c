package org.onemap.datasources.h2gis;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Sessions for plain reads (a layer's features for a map tile or a label pass), kept open between reads.
 * A session keeps its parsed statements (H2's query cache), but H2 drops them on a rollback, and the
 * connection pool rolls back every connection it hands out and takes back: through the pool, each of the
 * ~20 layer reads of a map tile parsed its SELECT again (a third of a tile worker's time on a 4K view).
 * These sessions only run SELECTs in auto-commit, so they never need a rollback. At most {@value #IDLE}
 * are kept; a session whose read failed is closed, not kept.
 */
final class ReaderSessions {
    private static final int IDLE = 8;

    private final String url;
    private final String user;
    private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();
    private volatile boolean closed;

    ReaderSessions(String url, String user) {
        this.url = url;
        this.user = user;
    }

    /** An idle session, or a new one; give it back with {@link #release} or close it. */
    Connection take() throws SQLException {
        Connection c;
        while ((c = idle.pollFirst()) != null) {
            if (!c.isClosed()) return c;
        }
        return DriverManager.getConnection(url, user, "");
    }

    /** Keeps {@code c} for the next read, or closes it when enough are kept or the workspace closed. */
    void release(Connection c) {
        if (closed || idle.size() >= IDLE) {
            closeQuietly(c);
            return;
        }
        idle.addFirst(c);
        if (closed) closeAll(); // closed meanwhile: do not leave it open
    }

    void closeAll() {
        closed = true;
        Connection c;
        while ((c = idle.pollFirst()) != null) closeQuietly(c);
    }

    static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // a session of reads only: nothing to lose
        }
    }
}
