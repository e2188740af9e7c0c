package org.onemap.datasources.sync;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onemap.core.feature.LayerInfo;
import org.onemap.core.spi.DataSourceException;
import org.onemap.datasources.h2gis.H2gisWorkspace;
import org.onemap.datasources.postgis.PostgisDatabase;

/**
 * Offline-first sync between an H2GIS workspace (a replica) and a shared PostGIS database.
 *
 * <p>A run links layers that exist on one side only (publishing workspace layers, replicating server
 * layers), then for every linked layer pulls server changes since its watermark and pushes workspace
 * changes since the last push. Each feature remembers the version both sides had at the last sync; a
 * feature changed on both sides since then is a {@link Conflict}: nothing is overwritten, the local
 * edit stays local and is listed until {@link #resolve} or {@link #merge} settles it. Every step commits
 * its changes together with its watermark, so a run cut off by a network loss resumes where it stopped.
 *
 * <p>A workspace syncs with one server; the address is remembered on the first run.
 */
public final class WorkspaceSync {
    private final H2gisWorkspace workspace;
    private final PostgisDatabase server;

    public WorkspaceSync(H2gisWorkspace workspace, PostgisDatabase server) {
        this.workspace = workspace;
        this.server = server;
    }

    /** Runs one sync; the report lists every open conflict afterwards. */
    public SyncReport sync() {
        try (SyncSession s = new SyncSession(workspace, server)) {
            checkRemote(s);
            List<String> published = new ArrayList<>();
            List<String> replicated = new ArrayList<>();
            Set<String> remoteLayers = SyncSession.names(PostgisDatabase.layerNames(s.remote, s.schema()));
            List<String> linked = s.state.linkedLayers();
            for (LayerInfo l : workspace.layers()) {
                String name = l.name();
                if (linked.contains(name)) continue;
                if (!remoteLayers.contains(name)) {
                    Publication.publish(s, name);
                    published.add(name);
                } else if (Publication.resumePublish(s, name)) {
                    published.add(name); // finished by the pull below
                } else if (l.count() == 0) {
                    Publication.replicate(s, name); // an empty local layer of that name: a replication cut short
                    replicated.add(name);
                } else {
                    throw new DataSourceException("layer " + name + " exists both in workspace " + workspace.folder() + " and on "
                            + server.address().url() + " but was never synced: rename one, or sync into a new folder to get a replica");
                }
            }
            for (String name : remoteLayers) {
                if (!linked.contains(name) && !published.contains(name) && !replicated.contains(name) && !workspace.hasLayer(name)) {
                    Publication.replicate(s, name);
                    replicated.add(name);
                }
            }
            int pulled = 0;
            List<String> layers = new ArrayList<>();
            for (String name : s.state.linkedLayers()) {
                if (!remoteLayers.contains(name) && !published.contains(name)) continue; // dropped on the server: left alone
                if (!workspace.hasLayer(name)) continue; // dropped here: not pushed as deletions
                pulled += PullStep.run(s, name).applied();
                layers.add(name);
            }
            int pushed = PushStep.run(s, layers);
            return new SyncReport(published, replicated, pulled, pushed, s.state.conflicts());
        } catch (SQLException e) {
            throw failure("sync", e);
        }
    }

    /** The open conflicts, oldest first per layer. */
    public List<Conflict> conflicts() {
        try (SyncSession s = new SyncSession(workspace, server)) {
            return s.state.conflicts();
        } catch (SQLException e) {
            throw failure("list conflicts", e);
        }
    }

    /** Both sides of a conflict as they are now, for the resolution dialog. */
    public ConflictView view(Conflict conflict) {
        try (SyncSession s = new SyncSession(workspace, server)) {
            return ConflictResolution.view(s, conflict);
        } catch (SQLException e) {
            throw failure("read conflict " + conflict.layer() + "/" + conflict.remoteId(), e);
        }
    }

    /**
     * The feature's values at the last sync, for the resolution dialog's "base" column: field → value and
     * {@code "geom"} → geometry; empty when not known (see {@link ConflictBase}).
     */
    public Map<String, Object> base(Conflict conflict) {
        try (SyncSession s = new SyncSession(workspace, server)) {
            return ConflictBase.of(s, conflict);
        } catch (SQLException e) {
            throw failure("read the last synced state of " + conflict.layer() + "/" + conflict.remoteId(), e);
        }
    }

    /** Settles a conflict wholesale: {@link Side#MINE} writes the workspace's state to the server, {@link Side#THEIRS} the reverse. */
    public void resolve(Conflict conflict, Side side) {
        try (SyncSession s = new SyncSession(workspace, server)) {
            ConflictResolution.resolve(s, conflict, Map.of(), side);
        } catch (SQLException e) {
            throw failure("resolve conflict " + conflict.layer() + "/" + conflict.remoteId(), e);
        }
    }

    /**
     * Settles a conflict field by field: {@code choices} maps field names (and {@code "geom"}) to the side
     * whose value wins; fields not named keep mine. The merged feature is written to both sides.
     */
    public void merge(Conflict conflict, Map<String, Side> choices) {
        try (SyncSession s = new SyncSession(workspace, server)) {
            ConflictResolution.resolve(s, conflict, choices, null);
        } catch (SQLException e) {
            throw failure("merge conflict " + conflict.layer() + "/" + conflict.remoteId(), e);
        }
    }

    private void checkRemote(SyncSession s) throws SQLException {
        String here = server.address().url() + "#" + server.schema();
        String recorded = s.state.get("remote");
        if (recorded != null && !recorded.equals(here)) {
            throw new DataSourceException("workspace " + workspace.folder() + " syncs with " + recorded.replace("#", " schema ")
                    + ", not " + server.address().url() + ": sync into a new folder for another server");
        }
        if (recorded == null) {
            s.state.put("remote", here);
            s.state.node();
            s.local.commit();
        }
    }

    private DataSourceException failure(String what, SQLException e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().trim();
        String kind = e.getSQLState() != null && e.getSQLState().startsWith("08") ? "lost the connection to " + server.address().url()
                + " (the next sync resumes where this one stopped): " : "";
        return new DataSourceException("cannot " + what + " between " + workspace.folder() + " and " + server.address().url() + ": "
                + kind + why, e);
    }
}
