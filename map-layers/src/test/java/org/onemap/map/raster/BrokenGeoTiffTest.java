package org.onemap.map.raster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken or non-geographic TIFFs fail with a RasterFormatException naming the file, and nothing else breaks. */
class BrokenGeoTiffTest {
    @TempDir
    Path dir;

    private static void assertNamesFile(RasterFormatException e, Path file, String expectedPhrase) {
        assertTrue(e.getMessage().startsWith(file.getFileName().toString() + ": "),
                "message should start with the file name: " + e.getMessage());
        assertTrue(e.getMessage().contains(expectedPhrase), "message should say '" + expectedPhrase + "': " + e.getMessage());
        assertEquals(file, e.file());
    }

    @Test
    void randomBytesAreReportedAsNotATiff() throws IOException {
        Path file = dir.resolve("noise.tif");
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        Files.write(file, noise);
        RasterFormatException e = assertThrows(RasterFormatException.class, () -> GeoTiffReader.open(file));
        assertNamesFile(e, file, "not a readable TIFF");
    }

    @Test
    void tiffHeaderFollowedByGarbageIsReported() throws IOException {
        Path file = dir.resolve("garbage.tif");
        byte[] bytes = new byte[2048];
        new Random(7).nextBytes(bytes);
        byte[] header = {'I', 'I', 42, 0, 8, 0, 0, 0};
        System.arraycopy(header, 0, bytes, 0, header.length);
        Files.write(file, bytes);
        RasterFormatException e = assertThrows(RasterFormatException.class, () -> GeoTiffReader.open(file));
        assertNamesFile(e, file, "");
    }

    @Test
    void emptyFileIsReported() throws IOException {
        Path file = dir.resolve("empty.tif");
        Files.write(file, new byte[0]);
        RasterFormatException e = assertThrows(RasterFormatException.class, () -> GeoTiffReader.open(file));
        assertNamesFile(e, file, "");
    }

    @Test
    void missingFileIsReported() {
        Path file = dir.resolve("absent.tif");
        RasterFormatException e = assertThrows(RasterFormatException.class, () -> GeoTiffReader.open(file));
        assertNamesFile(e, file, "cannot read file");
    }

    @Test
    void truncatedGeoTiffIsReportedAsTruncatedAndAnotherFileStillOpens() throws IOException {
        GdalFixtures gdal = new GdalFixtures(dir);
        Path asc = gdal.asciiGrid(64, 64, (c, r) -> c * r);
        Path whole = gdal.translate(asc, "whole.tif", "Int16", 4547, 390000, 3082000, 30, 64, 64, "COMPRESS=DEFLATE");
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut.tif");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length * 2 / 3));

        RasterFormatException e = assertThrows(RasterFormatException.class, () -> GeoTiffReader.open(cut));
        assertNamesFile(e, cut, "truncated");

        // the failure left nothing behind: the intact file reads normally
        assertEquals(10 * 20, GeoTiffReader.open(whole).value(0, 10, 20));
    }

    @Test
    void corruptTileDataFailsOnReadWithTheFileName() throws IOException {
        GdalFixtures gdal = new GdalFixtures(dir);
        Path asc = gdal.asciiGrid(64, 64, (c, r) -> (c * 7 + r * 13) % 250);
        Path tif = gdal.translate(asc, "scrambled.tif", "Byte", 4326, 112.9, 27.9, 0.001, 64, 64,
                "TILED=YES", "BLOCKXSIZE=16", "BLOCKYSIZE=16", "COMPRESS=DEFLATE");
        GeoRaster intact = GeoTiffReader.open(tif);
        // overwrite the middle of the file (tile data, after the directory GDAL writes first) with noise
        byte[] bytes = Files.readAllBytes(tif);
        Random random = new Random(3);
        for (int i = bytes.length / 2; i < bytes.length - 8; i++) bytes[i] = (byte) random.nextInt();
        Files.write(tif, bytes);

        GeoRaster raster = GeoTiffReader.open(tif);
        RasterFormatException e = assertThrows(RasterFormatException.class, () -> raster.read(0, 0, 0, 64, 64));
        assertNamesFile(e, tif, "cannot decode pixels");
        assertEquals(64, intact.width());
    }

    @Test
    void plainTiffWithoutGeoreferencingIsReportedAsNotAGeoTiff() throws IOException {
        Path file = dir.resolve("photo.tif");
        assertTrue(ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_GRAY), "tiff", file.toFile()),
                "the JDK's TIFF writer should be available");
        RasterFormatException e = assertThrows(RasterFormatException.class, () -> GeoTiffReader.open(file));
        assertNamesFile(e, file, "not a GeoTIFF");
    }

    @Test
    void userDefinedProjectionIsReportedWithAFix() throws IOException {
        GdalFixtures gdal = new GdalFixtures(dir);
        Path asc = gdal.asciiGrid(8, 8, (c, r) -> 1);
        Path tif = dir.resolve("custom.tif");
        Path ok = gdal.translate(asc, "ok.tif", "Byte", 4326, 112.9, 27.9, 0.001, 8, 8);
        Process p = new ProcessBuilder("gdal_translate", "-q", "-a_srs",
                "+proj=tmerc +lat_0=0 +lon_0=112.5 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs",
                ok.toString(), tif.toString()).redirectErrorStream(true).start();
        try {
            assertEquals(0, p.waitFor(), new String(p.getInputStream().readAllBytes()));
        } catch (InterruptedException ex) {
            throw new IOException(ex);
        }
        RasterFormatException e = assertThrows(RasterFormatException.class, () -> GeoTiffReader.open(tif));
        assertNamesFile(e, tif, "user-defined");
    }

    @Test
    void layerWithCorruptPixelDataReportsInsteadOfThrowing() throws IOException {
        GdalFixtures gdal = new GdalFixtures(dir);
        Path asc = gdal.asciiGrid(64, 64, (c, r) -> (c * 7 + r * 13) % 250);
        Path tif = gdal.translate(asc, "later.tif", "Byte", 4326, 112.9, 27.9, 0.001, 64, 64, "COMPRESS=DEFLATE");
        // damage the pixel data only: the directory (written first by GDAL) still opens
        byte[] bytes = Files.readAllBytes(tif);
        Random random = new Random(5);
        for (int i = bytes.length / 2; i < bytes.length - 8; i++) bytes[i] = (byte) random.nextInt();
        Files.write(tif, bytes);
        RasterLayer layer = RasterLayer.open(tif, RasterStyle.ramp(0, ColorRamp.grey(), 0, 255));
        assertEquals("later", layer.name());

        BufferedImage canvas = new BufferedImage(32, 32, BufferedImage.TYPE_INT_ARGB);
        var g = canvas.createGraphics();
        java.util.Optional<String> error = layer.drawOn(g, org.onemap.map.render.Viewport.of(112.932, 27.868, 20, 32, 32, 1));
        g.dispose();
        assertTrue(error.isPresent(), "a decoding failure is reported as a message");
        assertTrue(error.get().startsWith("later.tif: "), error.get());
    }
}
