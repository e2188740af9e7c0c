package org.onemap.datasources.h2gis;

import java.nio.file.Path;
import org.onemap.core.spi.DataSourceException;

/** Run in a second JVM by the lock test: tries to open a workspace and prints what happened. */
public final class WorkspaceLockProbe {
    public static void main(String[] args) {
        try (H2gisWorkspace ws = H2gisWorkspace.open(Path.of(args[0]), "second-process")) {
            System.out.println("OPENED " + ws.folder());
        } catch (DataSourceException e) {
            System.out.println("REFUSED " + e.getMessage());
        }
    }
}
