package org.onemap.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onemap.map.raster.ColorRamp;
import org.onemap.map.raster.RasterLayer;
import org.onemap.map.render.ComposedMap;
import org.onemap.map.render.MapDecorations;
import org.onemap.sample.raster.SyntheticRasters;

/**
 * {@code render --raster FILE[:STYLE][@OPACITY]}: GeoTIFFs made by gdal_translate (gdal-bin) from ASCII
 * grids of known values, drawn beneath the vector layers. Without gdal the tests are skipped locally and
 * fail on CI (env CI=true), where gdal-bin is part of the image.
 */
class RenderRasterTest {
    /** Both test rasters cover all of Xiangtan and more, so every map pixel of the views below is raster. */
    private static final double WEST = 111.8, SOUTH = 27.0, CELL = 0.01;
    private static final int COLS = 200, ROWS = 180;
    private static final String VIEW = "112.8,27.7,113.1,27.95";
    private static final float NDVI = 0.8f;

    @TempDir
    static Path tmp;

    static String ws;
    static Path ndvi;
    static Path dem;

    @BeforeAll
    static void makeRastersAndWorkspace() throws Exception {
        boolean gdal = onPath("gdal_translate");
        if (!gdal && "true".equals(System.getenv("CI"))) {
            fail("gdal_translate is not on the PATH: install gdal-bin (Debian) — CI must run the raster tests");
        }
        Assumptions.assumeTrue(gdal, "gdal_translate not found: raster CLI tests skipped (apt-get install gdal-bin)");
        ndvi = gdalTiff("ndvi", "Float32", (c, r) -> NDVI, List.of());
        // a plane rising 3 m per cell to the east: hillshade is one even grey
        dem = gdalTiff("dem", "Int16", (c, r) -> 50 + 3 * c, List.of());
        ws = SeededCliWorkspace.seeded(tmp.resolve("ws"), 300);
    }

    @Test
    void ndviRasterShowsItsRampColourWhereNoVectorLayerIsDrawn() throws Exception {
        Path png = tmp.resolve("ndvi-only.png");
        CliRun r = render(png, "--layers", "none", "--raster", ndvi + ":ndvi");
        assertEquals(0, r.exit(), r::toString);
        BufferedImage img = ImageIO.read(png.toFile());
        Color expected = new Color(ColorRamp.ndvi().rgb((NDVI + 1) / 2.0));
        Color got = new Color(img.getRGB(img.getWidth() * 35 / 100, img.getHeight() * 55 / 100));
        assertTrue(distance(expected, got) <= 6, "map pixel should be the NDVI ramp colour of " + NDVI + " " + expected + " but was " + got);
    }

    @Test
    void ndviRasterShowsThroughTheCountyLayerDrawnOverIt() throws Exception {
        Path png = tmp.resolve("ndvi-county.png");
        CliRun r = render(png, "--layers", "county", "--raster", ndvi.toString());   // float within -1..1: NDVI by default
        assertEquals(0, r.exit(), r::toString);
        BufferedImage img = ImageIO.read(png.toFile());
        Color ramp = new Color(ColorRamp.ndvi().rgb((NDVI + 1) / 2.0));
        int near = 0, total = 0;
        // a grid over the map area (left of the legend column, below the title): boundaries and labels cover a few
        for (int x = img.getWidth() / 10; x < img.getWidth() * 6 / 10; x += img.getWidth() / 20) {
            for (int y = img.getHeight() / 4; y < img.getHeight() * 8 / 10; y += img.getHeight() / 20) {
                total++;
                if (distance(ramp, new Color(img.getRGB(x, y))) <= 45) near++;
            }
        }
        assertTrue(near >= total * 6 / 10, "the NDVI colour " + ramp + " should show through the county fill at most"
                + " sampled pixels, but only " + near + " of " + total + " were near it (is the raster drawn over the layers, or the fill opaque?)");
    }

    @Test
    void int16DemRendersAsHillshadeByDefaultAndAtTheGivenOpacity() throws Exception {
        Path full = tmp.resolve("dem.png");
        CliRun r = render(full, "--layers", "none", "--raster", dem.toString());
        assertEquals(0, r.exit(), r::toString);
        Color shade = centre(ImageIO.read(full.toFile()));
        assertTrue(Math.abs(shade.getRed() - shade.getGreen()) <= 3 && Math.abs(shade.getGreen() - shade.getBlue()) <= 3,
                "hillshade should be grey, was " + shade);
        assertTrue(shade.getRed() > 40 && shade.getRed() < 250, "a slope facing east under a north-west sun is mid grey, was " + shade);

        Path faint = tmp.resolve("dem-faint.png");
        CliRun r2 = render(faint, "--layers", "none", "--raster", dem + ":hillshade@0.3");
        assertEquals(0, r2.exit(), r2::toString);
        Color light = centre(ImageIO.read(faint.toFile()));
        assertTrue(light.getRed() > shade.getRed(), "at opacity 0.3 the shade should be lighter (paper shows through): "
                + light + " vs " + shade);
    }

    @Test
    void truncatedTiffFailsWithItsNameAndWritesNothing() throws Exception {
        byte[] bytes = Files.readAllBytes(ndvi);
        Path cut = tmp.resolve("cut_ndvi.tif");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Path png = tmp.resolve("cut.png");
        CliRun r = render(png, "--layers", "county", "--raster", cut.toString());
        assertEquals(1, r.exit(), () -> "a truncated TIFF is an error (exit 1):\n" + r);
        assertTrue(r.err().startsWith("onemap: error: ") && r.err().contains("cut_ndvi.tif"), "error should name the file:\n" + r);
        assertFalse(Files.exists(png), "no PNG may be written when a raster cannot be drawn");

        Path junk = tmp.resolve("junk.tif");
        Files.writeString(junk, "not a tiff at all");
        CliRun r2 = render(png, "--raster", junk.toString());
        assertEquals(1, r2.exit(), r2::toString);
        assertTrue(r2.err().contains("junk.tif"), r2::toString);
        assertFalse(Files.exists(png));
    }

    @Test
    void corruptCompressedStripFailsWhileDrawingAndWritesNothing() throws Exception {
        Path file = gdalTiff("garbled", "Float32", (c, r) -> ((c * 31 + r * 17) % 97) / 97f,
                List.of("-co", "COMPRESS=DEFLATE"));
        // the header and strip offsets stay intact, so the file opens; the deflate streams in the middle are garbage
        byte[] bytes = Files.readAllBytes(file);
        for (int i = bytes.length * 3 / 10; i < bytes.length * 9 / 10; i++) bytes[i] = (byte) (i * 7);
        Files.write(file, bytes);
        org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> RasterSpec.parse(file + ":ndvi").open(),
                "test premise: the garbled file must still open, so that the failure comes while drawing");
        Path png = tmp.resolve("garbled.png");
        CliRun r = render(png, "--layers", "county", "--raster", file + ":ndvi");
        assertEquals(1, r.exit(), () -> "a raster whose strips cannot be decoded is an error (exit 1):\n" + r);
        assertTrue(r.err().startsWith("onemap: error: ") && r.err().contains("garbled.tif"), "error should name the file:\n" + r);
        assertFalse(Files.exists(png), "no PNG may be written when a raster cannot be drawn");
    }

    @Test
    void unknownStyleOrBadOpacityIsAUsageError() {
        Path png = tmp.resolve("bad.png");
        CliRun r = render(png, "--raster", ndvi + ":sepia");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("sepia") && r.err().contains("hillshade"), "should name the style and list the known ones:\n" + r);
        CliRun r2 = render(png, "--raster", ndvi + ":ndvi@1.5");
        assertEquals(2, r2.exit(), r2::toString);
        CliRun r3 = render(png, "--raster", ndvi + ":rgb=1,2,3");
        assertEquals(2, r3.exit(), () -> "a one-band file has no band 2:\n" + r3);
        assertFalse(Files.exists(png));
    }

    @Test
    void syntheticRasterIsMarkedGeneratedInTheLegendAndNote() throws Exception {
        Path synthetic = gdalTiff("labelled", "Float32", (c, r) -> 0.5f,
                List.of("-mo", "TIFFTAG_IMAGEDESCRIPTION=" + SyntheticRasters.LABEL));
        RasterLayer layer = RasterSpec.parse(synthetic + ":ndvi").open();
        assertTrue(layer.generated(), "ImageDescription starting SYNTHETIC marks the layer generated");
        ComposedMap map = RasterRender.write(List.of(), List.of(layer), Bbox.parse(VIEW), new int[] {800, 500},
                MapDecorations.standard().withTitle("t").withLocale(Locale.CHINA), tmp.resolve("labelled.png"));
        assertTrue(map.decorations().generatedNote(), "the generated-data note must show over a synthetic raster");
        assertTrue(map.decorations().panelEntries().stream().anyMatch(e -> e.startsWith("labelled") && e.contains("generated")),
                "the raster key should mark the layer generated: " + map.decorations().panelEntries());
    }

    @Test
    void parsesFileStyleAndOpacity() {
        assertEquals(new RasterSpec(Path.of("dem.tif"), "hillshade", 0.6), RasterSpec.parse("dem.tif:hillshade@0.6"));
        assertEquals(new RasterSpec(Path.of("a@b.tif"), "rgb=4,3,2", 1), RasterSpec.parse("a@b.tif:rgb=4,3,2"));
        assertEquals(new RasterSpec(Path.of("x.tif"), null, 1), RasterSpec.parse("x.tif"));
        assertEquals(new RasterSpec(Path.of("dem.tif"), "hillshade=6", 0.5), RasterSpec.parse("dem.tif:hillshade=6@0.5"));
    }

    @Test
    void generateRastersWritesTheLabelledDemAndNdviWhichRenderWithTheirDefaultStyles() throws Exception {
        Path dir = tmp.resolve("generated");
        CliRun g = CliRun.of("generate", "--rasters", "--out", dir.toString());
        assertEquals(0, g.exit(), g::toString);
        Path demFile = dir.resolve(SyntheticRasters.DEM_FILE);
        Path ndviFile = dir.resolve(SyntheticRasters.NDVI_FILE);
        assertTrue(Files.isRegularFile(demFile) && Files.isRegularFile(ndviFile), "generate --rasters should write both files:\n" + g);
        assertFalse(Files.exists(dir.resolve("parcels.shp")), "without --parcels only the rasters are written");
        RasterLayer demLayer = RasterSpec.parse(demFile.toString()).open();
        RasterLayer ndviLayer = RasterSpec.parse(ndviFile.toString()).open();
        assertTrue(demLayer.generated() && ndviLayer.generated(), "generated rasters must be labelled SYNTHETIC");
        assertEquals(org.onemap.map.raster.RasterStyle.Kind.HILLSHADE, demLayer.style().kind(), "an int16 DEM defaults to hillshade");
        assertEquals(-1, ndviLayer.style().min(0), "a float band within -1..1 defaults to the NDVI ramp");

        Path png = tmp.resolve("synthetic.png");
        CliRun r = CliRun.of("render", "--workspace", ws, "--out", png.toString(), "--size", "640x400", "--layers", "county,river",
                "--raster", demFile + ":hillshade=6", "--raster", ndviFile + ":ndvi@0.6");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(Files.size(png) > 0);
    }

    private static Color centre(BufferedImage img) {
        return new Color(img.getRGB(img.getWidth() * 35 / 100, img.getHeight() * 55 / 100));
    }

    private static CliRun render(Path png, String... extra) {
        List<String> args = new ArrayList<>(List.of("render", "--workspace", ws, "--out", png.toString(),
                "--size", "800x500", "--bbox", VIEW));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static double distance(Color a, Color b) {
        int dr = a.getRed() - b.getRed(), dg = a.getGreen() - b.getGreen(), db = a.getBlue() - b.getBlue();
        return Math.sqrt(dr * dr + dg * dg + db * db);
    }

    private interface Cell { float value(int col, int row); }

    /** An ESRI ASCII grid of known values, turned into a striped GeoTIFF in EPSG:4326 by gdal_translate. */
    private static Path gdalTiff(String name, String type, Cell cell, List<String> options) throws IOException, InterruptedException {
        Path asc = tmp.resolve(name + ".asc");
        StringBuilder sb = new StringBuilder();
        sb.append("ncols ").append(COLS).append("\nnrows ").append(ROWS).append("\nxllcorner ").append(WEST)
                .append("\nyllcorner ").append(SOUTH).append("\ncellsize ").append(CELL).append("\nNODATA_value -9999\n");
        for (int r = 0; r < ROWS; r++) {
            for (int c = 0; c < COLS; c++) sb.append(c == 0 ? "" : " ").append(cell.value(c, r));
            sb.append('\n');
        }
        Files.writeString(asc, sb.toString(), StandardCharsets.US_ASCII);
        Path tif = tmp.resolve(name + ".tif");
        List<String> cmd = new ArrayList<>(List.of("gdal_translate", "-q", "-of", "GTiff", "-ot", type, "-a_srs", "EPSG:4326"));
        cmd.addAll(options);
        cmd.addAll(List.of(asc.toString(), tif.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) fail("gdal_translate failed: " + cmd + "\n" + log);
        return tif;
    }

    private static boolean onPath(String exe) {
        String path = System.getenv("PATH");
        if (path == null) return false;
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, exe))) return true;
        }
        return false;
    }
}
