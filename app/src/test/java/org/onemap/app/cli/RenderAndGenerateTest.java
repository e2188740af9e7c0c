package org.onemap.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onemap.core.feature.Feature;
import org.onemap.dataimport.shapefile.ShapefileReader;

/** {@code render} and {@code generate} write real files that read back. */
class RenderAndGenerateTest {
    @TempDir
    static Path tmp;

    static String ws;

    @BeforeAll
    static void seed() {
        ws = SeededCliWorkspace.seededOnFirstUse(tmp.resolve("ws"), 1500);
    }

    @Test
    void renderWritesAMapPngOfTheRequestedSize() throws Exception {
        Path png = tmp.resolve("m.png");
        CliRun r = CliRun.of("render", "--out", png.toString(), "--size", "800x500", "--workspace", ws);
        assertEquals(0, r.exit(), r::toString);
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(800, img.getWidth());
        assertEquals(500, img.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 5) for (int x = 0; x < img.getWidth(); x += 5) colours.add(img.getRGB(x, y));
        assertTrue(colours.size() > 50, "a map has many colours (fills, lines, labels); got " + colours.size());
    }

    @Test
    void renderOfSelectedLayersAndBbox() throws Exception {
        Path png = tmp.resolve("parcels.png");
        CliRun r = CliRun.of("render", "--out", png.toString(), "--size", "400x300", "--layers", "county,parcel",
                "--bbox", "112.4,27.6,112.9,27.9", "--workspace", ws);
        assertEquals(0, r.exit(), r::toString);
        assertTrue(Files.size(png) > 1000);
    }

    @Test
    void renderRejectsBadSizeAndUnknownLayer() {
        assertEquals(2, CliRun.of("render", "--out", tmp.resolve("x.png").toString(), "--size", "big", "--workspace", ws).exit());
        CliRun r = CliRun.of("render", "--out", tmp.resolve("y.png").toString(), "--layers", "county,nosuch", "--workspace", ws);
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.err().contains("unknown layer 'nosuch'"), r::toString);
        assertFalse(Files.exists(tmp.resolve("y.png")));
    }

    @Test
    void generateWritesGbkShapefileAndXlsxThatReadBack() throws Exception {
        Path out = tmp.resolve("survey");
        CliRun r = CliRun.of("generate", "--parcels", "300", "--out", out.toString());
        assertEquals(0, r.exit(), r::toString);
        for (String ext : new String[] {"shp", "shx", "dbf", "cpg", "prj", "xlsx"}) {
            assertTrue(Files.exists(out.resolve("parcels." + ext)), "missing parcels." + ext + " in " + r);
        }
        try (ShapefileReader reader = ShapefileReader.open(out.resolve("parcels.shp"))) {
            assertEquals(Charset.forName("GBK"), reader.charset().charset());
            int n = 0;
            Feature f;
            Set<String> crops = new HashSet<>();
            while ((f = reader.read()) != null) {
                n++;
                crops.add(String.valueOf(f.get("crop")));
                assertTrue(String.valueOf(f.get("parcel_cod")).matches("\\d{6}-\\d{3}-\\d{5}"), f::toString);
            }
            assertEquals(300, n);
            assertTrue(crops.contains("水稻"), "Chinese crop names read back from the GBK DBF: " + crops);
        }
    }

    @Test
    void generateRejectsBadCounts() {
        assertEquals(2, CliRun.of("generate", "--parcels", "0", "--out", tmp.resolve("g0").toString()).exit());
        assertEquals(2, CliRun.of("generate", "--parcels", "many", "--out", tmp.resolve("g1").toString()).exit());
        assertFalse(Files.exists(tmp.resolve("g0")));
    }
}
