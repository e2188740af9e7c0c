package org.onemap.datasources.postgis;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import org.onemap.core.spi.DataSourceException;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Live "a layer changed" events from a PostGIS database ({@code LISTEN onemap_change}): one dedicated
 * connection and a daemon thread hand each notified layer name to the listener, so other clients
 * refresh (or sync) as soon as someone commits. Close it to stop listening.
 */
public final class PostgisChangeFeed implements AutoCloseable {
    private final Connection connection;
    private final Thread thread;
    private volatile boolean running = true;

    private PostgisChangeFeed(Connection connection, Consumer<String> listener) {
        this.connection = connection;
        this.thread = new Thread(() -> listen(listener), "onemap-postgis-changes");
        this.thread.setDaemon(true);
    }

    /** Starts listening; {@code listener} gets the layer name of every committed change, on the feed's thread. */
    public static PostgisChangeFeed start(PostgisDatabase db, Consumer<String> listener) {
        Connection c = db.connection();
        try (Statement s = c.createStatement()) {
            s.execute("LISTEN " + PostgisCatalog.CHANNEL);
        } catch (SQLException e) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already failing
            }
            throw db.failure("listen for changes", e);
        }
        PostgisChangeFeed feed = new PostgisChangeFeed(c, listener);
        feed.thread.start();
        return feed;
    }

    private void listen(Consumer<String> listener) {
        try {
            PGConnection pg = connection.unwrap(PGConnection.class);
            while (running) {
                PGNotification[] batch = pg.getNotifications(250); // waits on the socket; the timeout only bounds close()
                if (batch == null) continue;
                for (PGNotification n : batch) listener.accept(n.getParameter());
            }
        } catch (SQLException e) {
            if (running) throw new DataSourceException("change feed lost its connection: " + e.getMessage(), e);
        }
    }

    public boolean isRunning() { return running && thread.isAlive(); }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(1000);
            connection.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException ignored) {
            // closing
        }
    }
}
