package org.onemap.app.workspace;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;
import org.onemap.core.spi.DataSourceException;
import org.onemap.datasources.h2gis.H2gisWorkspace;
import org.onemap.sample.WorkspaceSeeder;

/**
 * Opens the embedded workspace, creating and seeding it on first use. Seeding happens in a hidden
 * sibling folder that is moved into place only when complete, so an interrupted first start never
 * leaves a half-seeded workspace behind.
 */
public final class WorkspaceService {
    /** System property that overrides the number of generated parcels at first seed (tests use fewer). */
    public static final String SEED_PARCELS_PROPERTY = "onemap.seed.parcels";

    private WorkspaceService() {}

    public static H2gisWorkspace openOrSeed(Path folder, Consumer<String> progress) {
        return openOrSeed(folder, progress, false);
    }

    /**
     * Opens the workspace, seeding it first if it does not exist. {@code readOnly} opens for reading only
     * (queries, rendering): the database file is then not even rewritten on close.
     */
    public static H2gisWorkspace openOrSeed(Path folder, Consumer<String> progress, boolean readOnly) {
        Path dir = folder.toAbsolutePath().normalize();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new DataSourceException("workspace " + dir + " is not a folder");
        }
        if (!Files.exists(dir.resolve(H2gisWorkspace.DB_FILE))) {
            seedInto(dir, progress);
        }
        return H2gisWorkspace.open(dir, userName(), readOnly, false);
    }

    public static String userName() {
        return System.getProperty("user.name", "onemap");
    }

    static int seedParcels() {
        String v = System.getProperty(SEED_PARCELS_PROPERTY);
        if (v == null) return WorkspaceSeeder.DEFAULT_PARCELS;
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new DataSourceException(SEED_PARCELS_PROPERTY + " must be an integer: " + v);
        }
    }

    private static void seedInto(Path dir, Consumer<String> progress) {
        try {
            if (Files.exists(dir) && !isEmpty(dir)) {
                throw new DataSourceException("workspace " + dir + " exists but holds no " + H2gisWorkspace.DB_FILE
                        + ": refusing to seed into a folder with other files");
            }
            Path parent = dir.getParent();
            Files.createDirectories(parent);
            Path tmp = Files.createTempDirectory(parent, "." + dir.getFileName() + ".seeding-");
            try {
                try (H2gisWorkspace ws = H2gisWorkspace.open(tmp, "onemap-seed")) {
                    progress.accept("seeding new workspace " + dir);
                    WorkspaceSeeder.seed(ws, seedParcels(), progress);
                }
                if (Files.exists(dir)) Files.delete(dir); // empty, checked above
                Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                deleteRecursively(tmp);
            }
        } catch (IOException e) {
            throw new DataSourceException("cannot create workspace " + dir + ": " + e.getMessage(), e);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        }
    }

    private static void deleteRecursively(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (var walk = Files.walk(p)) {
            for (Path q : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(q);
        }
    }
}
