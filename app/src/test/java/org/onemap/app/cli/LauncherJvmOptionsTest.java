package org.onemap.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher ({@code ./onemap}) picks an import's JIT by the size of the file imported: C1 only for a
 * small one (it starts faster), C2 for a big one (H2's inserts run at half speed under C1). A symlinked
 * file counts by its target: a 1M-parcel shapefile linked from a shared data folder once imported C1-only
 * and took 50 s instead of ~30.
 */
class LauncherJvmOptionsTest {
    private static final long MB = 1024 * 1024;

    @TempDir
    Path tmp;

    @Test
    void aBigShapefileGetsC2AlsoThroughASymlinkAndASmallOneC1() throws Exception {
        Path big = sparse(tmp.resolve("big.shp"), 30 * MB);
        sparse(tmp.resolve("big.dbf"), 12 * MB);
        Path small = sparse(tmp.resolve("small.shp"), 1000);
        Path linkDir = Files.createDirectory(tmp.resolve("linked"));
        Path link = Files.createSymbolicLink(linkDir.resolve("big.shp"), big);
        Files.createSymbolicLink(linkDir.resolve("big.dbf"), tmp.resolve("big.dbf"));

        assertTrue(options("import", big.toString()).contains("-XX:CompileThresholdScaling=5"), "42 MB of .shp + .dbf: C2");
        assertTrue(options("import", link.toString()).contains("-XX:CompileThresholdScaling=5"), "the same through symlinks: C2");
        assertTrue(options("import", small.toString()).contains("-XX:TieredStopAtLevel=1"), "1 kB: C1 only");
        assertTrue(options("import", small.toString(), "--workspace", tmp.toString()).contains("-XX:TieredStopAtLevel=1"),
                "the workspace folder's size does not count");
    }

    private static Path sparse(Path file, long size) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(size);
        }
        return file;
    }

    /** The JVM options {@code ./onemap ARGS} would run with (ONEMAP_PRINT_JAVA_OPTS), one per element. */
    private static List<String> options(String... args) throws Exception {
        Path launcher = Path.of("").toAbsolutePath().getParent().resolve("onemap");
        assertTrue(Files.isRegularFile(launcher), "launcher not found at " + launcher);
        List<String> cmd = new java.util.ArrayList<>(List.of("bash", launcher.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("ONEMAP_PRINT_JAVA_OPTS", "1");
        pb.environment().put("ONEMAP_NO_BUILD", "1");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertEquals(0, p.waitFor(), out);
        return List.of(out.split("\\s+"));
    }
}
