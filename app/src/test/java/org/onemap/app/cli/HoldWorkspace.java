package org.onemap.app.cli;

import java.nio.file.Path;
import org.onemap.datasources.h2gis.H2gisWorkspace;

/** Test helper run in a second JVM: opens a workspace, says "ready", and holds it until killed. */
public final class HoldWorkspace {
    private HoldWorkspace() {}

    public static void main(String[] args) throws Exception {
        try (H2gisWorkspace ws = H2gisWorkspace.open(Path.of(args[0]), "holder")) {
            ws.layers();
            System.out.print("ready\n");
            System.out.flush();
            Thread.sleep(120_000);
        }
    }
}
