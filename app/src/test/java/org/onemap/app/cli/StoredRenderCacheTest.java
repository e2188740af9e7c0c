package org.onemap.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code onemap render --layers parcel} draws from the stored render cache without opening the
 * workspace database while the database file is unchanged, and never shows stale data: a write
 * through {@code onemap sql} sends the next render through the database again.
 */
class StoredRenderCacheTest {
    private static final String NOT_OPENED = "workspace not opened";
    private static final String OPENED = "timing: workspace opened";
    private static final String BBOX = "112.3,27.5,113.1,28.1";

    @TempDir
    static Path tmp;

    static String ws;

    @BeforeAll
    static void seed() {
        // persist the caches of small layers here, and say which way each render went
        System.setProperty("onemap.renderCache", tmp.resolve("cache").toString());
        System.setProperty("onemap.renderCache.minFeatures", "100");
        System.setProperty("onemap.timing", "true");
        ws = SeededCliWorkspace.seeded(tmp.resolve("ws"), 600);
    }

    @AfterAll
    static void restore() {
        System.clearProperty("onemap.renderCache");
        System.clearProperty("onemap.renderCache.minFeatures");
        System.clearProperty("onemap.timing");
    }

    @Test
    void renderSkipsTheDatabaseUntilAnSqlEditAndThenShowsTheEdit() throws Exception {
        CliRun first = render("first.png");
        assertEquals(0, first.exit(), first::toString);
        assertTrue(first.err().contains(OPENED), () -> "the first render must read the workspace:\n" + first);
        CliRun second = render("second.png");
        assertTrue(second.err().contains(NOT_OPENED), () -> "an unchanged workspace is drawn from the stored cache:\n" + second);
        assertSamePixels(image("first.png"), image("second.png"), "the stored cache draws what the database drew");

        CliRun edit = CliRun.of("sql", "UPDATE parcel SET crop = '茶叶'", "--workspace", ws);
        assertEquals(0, edit.exit(), edit::toString);

        CliRun after = render("after-edit.png");
        assertFalse(after.err().contains(NOT_OPENED), () -> "after an edit the stored cache must not be trusted:\n" + after);
        assertTrue(after.err().contains(OPENED), after::toString);
        assertFalse(samePixels(image("first.png"), image("after-edit.png")), "every parcel is tea now: the map must change");

        System.setProperty("onemap.renderCache", "off");
        try {
            assertEquals(0, render("no-cache.png").exit());
        } finally {
            System.setProperty("onemap.renderCache", tmp.resolve("cache").toString());
        }
        assertSamePixels(image("no-cache.png"), image("after-edit.png"), "the edited map equals a render with no stored cache");

        CliRun again = render("again.png");
        assertTrue(again.err().contains(NOT_OPENED), () -> "the rebuilt cache is trusted again:\n" + again);
        assertSamePixels(image("after-edit.png"), image("again.png"), "the rebuilt cache holds the edit");
    }

    @Test
    void aWorkspaceOpenInAnotherProcessIsNotDrawnFromTheStoredCache() throws Exception {
        render("before-hold.png");
        assertTrue(render("trusted.png").err().contains(NOT_OPENED), "precondition: the cache is trusted");
        Process holder = new ProcessBuilder(CliBadInputTest.javaBin(), "-cp", System.getProperty("java.class.path"),
                HoldWorkspace.class.getName(), ws).redirectErrorStream(true).start();
        try {
            var lines = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream()));
            String line;
            StringBuilder seen = new StringBuilder();
            while ((line = lines.readLine()) != null && !line.equals("ready")) seen.append(line).append('\n');
            assertEquals("ready", line, "holder process did not open the workspace: " + seen);
            // the holder may have written changes not yet in the file: the render must ask the database
            CliRun r = render("held.png");
            assertEquals(1, r.exit(), r::toString);
            assertTrue(r.err().contains("in use") || r.err().contains("locked"), r::toString);
        } finally {
            holder.destroy();
            holder.waitFor(20, TimeUnit.SECONDS);
        }
    }

    private static CliRun render(String png) {
        CliRun r = CliRun.of("render", "--out", tmp.resolve(png).toString(), "--size", "480x320", "--layers", "parcel",
                "--bbox", BBOX, "--workspace", ws);
        return r;
    }

    private static BufferedImage image(String png) throws Exception {
        return ImageIO.read(tmp.resolve(png).toFile());
    }

    private static boolean samePixels(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) return false;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) if (a.getRGB(x, y) != b.getRGB(x, y)) return false;
        }
        return true;
    }

    private static void assertSamePixels(BufferedImage a, BufferedImage b, String what) {
        assertTrue(samePixels(a, b), what);
    }
}
