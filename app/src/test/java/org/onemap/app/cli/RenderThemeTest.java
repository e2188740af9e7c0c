package org.onemap.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onemap.app.workspace.WorkspaceService;
import org.onemap.datasources.h2gis.H2gisWorkspace;
import org.onemap.map.render.ComposedMap;
import org.onemap.thematic.legend.ThematicLegend;
import org.onemap.thematic.module.ThemeMap;
import org.onemap.thematic.module.ThematicModule;
import org.onemap.thematic.module.ThematicModules;

/** {@code render --theme T}: each thematic module's map with its legends, through the CLI and the same code path. */
class RenderThemeTest {
    private static final List<String> THEMES = List.of("overview", "resources", "environment", "governance", "ecommerce", "industry");

    @TempDir
    static Path tmp;

    static String ws;

    @BeforeAll
    static void seed() {
        ws = SeededCliWorkspace.seeded(tmp.resolve("ws"), 800);
    }

    @Test
    void serviceLoaderOnTheAppClassPathFindsAllSixThemes() {
        assertEquals(THEMES, ThematicModules.ids());
    }

    @Test
    void everyThemeRendersAPngWhoseLegendListsTheModulesClasses() throws Exception {
        for (String theme : THEMES) {
            Path png = tmp.resolve("theme-" + theme + ".png");
            CliRun r = CliRun.of("render", "--theme", theme, "--out", png.toString(), "--size", "900x600", "--workspace", ws);
            assertEquals(0, r.exit(), r::toString);
            BufferedImage cli = ImageIO.read(png.toFile());
            assertEquals(900, cli.getWidth());
            assertEquals(600, cli.getHeight());

            // the same code path through the API, to read where the legends went and what they say
            ThematicModule module = ThematicModules.require(theme);
            Path again = tmp.resolve("api-" + theme + ".png");
            ComposedMap composed;
            ThemeMap map;
            try (H2gisWorkspace w = WorkspaceService.openOrSeed(Path.of(ws), s -> { }, true)) {
                map = module.map(w, Locale.CHINA);
                composed = ThemeRender.write(module, w, null, new int[] {900, 600}, null, Locale.CHINA, again);
            }
            List<String> rows = composed.decorations().panelEntries();
            assertFalse(map.legends().isEmpty(), theme + " has no legend");
            for (ThematicLegend legend : map.legends()) {
                assertTrue(rows.contains(legend.title()), theme + ": legend '" + legend.title() + "' not painted; painted: " + rows);
                for (ThematicLegend.Entry e : legend.entries()) {
                    String row = e.counted() ? e.label() + "  (" + e.count() + ")" : e.label();
                    assertTrue(rows.contains(row), theme + ": legend row '" + row + "' not painted; painted: " + rows);
                }
            }
            assertTrue(composed.decorations().generatedNote() || theme.equals("overview"),
                    theme + " shows generated data and must carry the note");
            assertEquals(module.title(Locale.CHINA), map.title());
            // the CLI's PNG is that map: the legend panels hold the same pixels
            BufferedImage api = ImageIO.read(again.toFile());
            for (Rectangle2D box : composed.decorations().panels()) {
                assertTrue(box.getMinX() >= 0 && box.getMaxX() <= 900 && box.getMinY() >= 0 && box.getMaxY() <= 600,
                        theme + ": legend panel " + box + " runs off the image");
                int differing = 0;
                for (int y = (int) box.getMinY(); y < (int) box.getMaxY(); y += 3) {
                    for (int x = (int) box.getMinX(); x < (int) box.getMaxX(); x += 3) if (cli.getRGB(x, y) != api.getRGB(x, y)) differing++;
                }
                assertEquals(0, differing, theme + ": the CLI image differs from the API render inside legend panel " + box);
            }
        }
    }

    @Test
    void unknownThemeIsAUsageErrorListingTheThemes() {
        CliRun r = CliRun.of("render", "--theme", "farming", "--out", tmp.resolve("f.png").toString(), "--workspace", ws);
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("overview, resources, environment, governance, ecommerce, industry"), r::toString);
        assertFalse(Files.exists(tmp.resolve("f.png")));
        CliRun both = CliRun.of("render", "--theme", "resources", "--layers", "county", "--out", tmp.resolve("g.png").toString(),
                "--workspace", ws);
        assertEquals(2, both.exit(), both::toString);
    }

    @Test
    void themeTitleCanBeOverriddenAndEnglishWorks() throws Exception {
        Path png = tmp.resolve("en.png");
        CliRun r = CliRun.of("render", "--theme", "industry", "--lang", "en", "--title", "Industry", "--out", png.toString(),
                "--size", "600x400", "--workspace", ws);
        assertEquals(0, r.exit(), r::toString);
        assertTrue(Files.size(png) > 1000);
    }
}
