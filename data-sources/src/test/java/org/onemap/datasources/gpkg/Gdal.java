package org.onemap.datasources.gpkg;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** Runs GDAL's command-line tools; skips the test when they are absent, unless CI=true (.ci/run installs gdal-bin). */
final class Gdal {
    private Gdal() {}

    static void requireTools() {
        boolean found = false;
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "ogrinfo")) && Files.isExecutable(Path.of(dir, "ogr2ogr"))) found = true;
        }
        if (found) return;
        String why = "GDAL's ogrinfo/ogr2ogr are not on the PATH (apt-get install gdal-bin)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) Assertions.fail(why + " (CI=true: interop tests must run)");
        Assumptions.abort(why + " — skipping GDAL interop test");
    }

    /** Runs a command, returns stdout + stderr; fails the test on a non-zero exit. */
    static String run(String... command) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(command));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            Assertions.fail(String.join(" ", cmd) + " timed out");
        }
        Assertions.assertEquals(0, p.exitValue(), String.join(" ", cmd) + " failed:\n" + out);
        return out;
    }
}
