package org.onemap.app.workspace;

import java.util.Map;
import org.onemap.core.spi.DataSource;
import org.onemap.core.spi.DataSourceException;
import org.onemap.core.spi.DataSources;
import org.onemap.datasources.h2gis.H2gisWorkspace;
import org.onemap.datasources.postgis.PostgisDatabase;
import org.onemap.datasources.postgis.PostgisProvider;
import org.onemap.datasources.sync.WorkspaceSync;

/**
 * The sync engine between the open workspace and a saved PostGIS connection, for the desktop's sync
 * panel: the one place that knows the engine needs an H2GIS workspace and a PostGIS server, so the
 * desktop itself stays on the SPI. Holds the server connection until closed.
 */
public final class RemoteSync implements AutoCloseable {
    private final PostgisDatabase server;
    private final WorkspaceSync sync;

    private RemoteSync(PostgisDatabase server, WorkspaceSync sync) {
        this.server = server;
        this.sync = sync;
    }

    /**
     * Connects {@code workspace} with the data source {@code providerId} opened with {@code params}.
     *
     * @throws DataSourceException when the workspace is not an H2GIS workspace, the provider is not PostGIS,
     *                             or the server cannot be reached (the message says which)
     */
    public static RemoteSync connect(DataSource workspace, String providerId, Map<String, ?> params) {
        if (!(workspace instanceof H2gisWorkspace ws)) {
            throw new DataSourceException("only an embedded H2GIS workspace syncs with a server, not " + workspace);
        }
        if (!PostgisProvider.ID.equals(providerId)) {
            throw new DataSourceException("sync needs a PostGIS connection; '" + providerId + "' connections are read, not synced");
        }
        DataSource opened = DataSources.open(providerId, params);
        if (!(opened instanceof PostgisDatabase server)) {
            opened.close();
            throw new DataSourceException("the postgis provider did not open a PostGIS database");
        }
        return new RemoteSync(server, new WorkspaceSync(ws, server));
    }

    /** The engine: sync, list, view and resolve conflicts. */
    public WorkspaceSync engine() { return sync; }

    /** {@code postgresql://host:port/db}, without credentials. */
    public String url() { return server.address().url(); }

    @Override
    public void close() {
        server.close();
    }
}
