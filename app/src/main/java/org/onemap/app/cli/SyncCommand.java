package org.onemap.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.onemap.app.workspace.WorkspaceService;
import org.onemap.core.spi.DataSourceException;
import org.onemap.datasources.h2gis.H2gisWorkspace;
import org.onemap.datasources.postgis.PostgisAddress;
import org.onemap.datasources.postgis.PostgisDatabase;
import org.onemap.datasources.sync.Conflict;
import org.onemap.datasources.sync.SyncReport;
import org.onemap.datasources.sync.WorkspaceSync;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code onemap sync --remote postgresql://HOST[:PORT]/DB}: the first sync publishes the workspace; a
 * workspace folder that does not exist yet becomes a replica of the server (no sample seeding); later
 * syncs pull and push changes. Unresolved conflicts are listed and make the exit code 1. The login and
 * password come from the address or, as for psql, {@code PGUSER}/{@code PGPASSWORD} (default login
 * {@code postgres}); the password is never written anywhere.
 */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = "sync the workspace with a shared PostGIS database (publish, replicate, pull and push changes)")
final class SyncCommand extends WorkspaceCommand {
    @Option(names = "--remote", required = true, paramLabel = "postgresql://HOST[:PORT]/DB", description = "the PostGIS database")
    String remote;

    @Override
    public Integer call() {
        PostgisAddress address;
        try {
            address = PostgisAddress.parse(remote);
        } catch (DataSourceException e) {
            throw new UsageException("--remote: " + e.getMessage());
        }
        // like psql: PGUSER and PGPASSWORD apply when the address names no login
        String login = remote.contains("@") || System.getenv("PGUSER") == null ? address.user() : System.getenv("PGUSER");
        String password = address.password() != null ? address.password() : System.getenv("PGPASSWORD");
        address = new PostgisAddress(address.host(), address.port(), address.database(), login, password, address.schema());
        String user = WorkspaceService.userName();
        PrintWriter out = spec.commandLine().getOut();
        Path folder = workspace().folder().toAbsolutePath().normalize();
        boolean exists = Files.exists(folder.resolve(H2gisWorkspace.DB_FILE));
        if (!exists) refuseForeignFolder(folder);
        // the server before the folder: a dead server must not leave an empty replica behind. Publishing
        // may create the database; a replica of a database that does not exist is an error.
        PostgisDatabase server = exists ? PostgisDatabase.openCreating(address, user) : PostgisDatabase.open(address, user);
        SyncReport report;
        try (H2gisWorkspace ws = H2gisWorkspace.open(folder, user, false, !exists)) {
            if (!exists) spec.commandLine().getErr().println("onemap: creating workspace " + folder + " as a replica of " + address.url());
            report = new WorkspaceSync(ws, server).sync();
        } finally {
            server.close();
        }
        for (String l : report.published()) out.println("published " + l);
        for (String l : report.replicated()) out.println("replicated " + l);
        out.println("pulled " + report.pulled() + ", pushed " + report.pushed());
        for (Conflict c : report.conflicts()) out.println(c.describe());
        out.flush();
        if (report.hasConflicts()) {
            int n = report.conflicts().size();
            spec.commandLine().getErr().println("onemap: error: " + n + " unresolved conflict" + (n == 1 ? "" : "s")
                    + " (edited here and on the server since the last sync): local edits kept, not pushed; resolve them in the app");
            spec.commandLine().getErr().flush();
            return ExitCode.ERROR;
        }
        return ExitCode.OK;
    }

    /** A replica is made only in a new or empty folder, never among someone's other files. */
    private static void refuseForeignFolder(Path folder) {
        if (!Files.exists(folder)) return;
        if (!Files.isDirectory(folder)) throw new CliException("workspace " + folder + " is not a folder");
        try (var s = Files.list(folder)) {
            if (s.findAny().isPresent()) {
                throw new CliException("workspace " + folder + " exists but holds no " + H2gisWorkspace.DB_FILE
                        + ": refusing to create a replica in a folder with other files");
            }
        } catch (IOException e) {
            throw new CliException("cannot read workspace folder " + folder + ": " + e.getMessage(), e);
        }
    }
}
