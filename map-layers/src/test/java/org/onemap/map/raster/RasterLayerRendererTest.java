package org.onemap.map.raster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onemap.core.crs.CoordinateTransform;
import org.onemap.core.crs.CrsRegistry;
import org.onemap.map.render.Viewport;

/** Reprojected rendering, colour styles, opacity, hillshade and swipe on GDAL-written rasters. */
class RasterLayerRendererTest {
    @TempDir
    Path dir;

    private static GeoTiffReaderTest.Place place(int epsg) {
        return switch (epsg) {
            case 4326 -> GeoTiffReaderTest.WGS84;
            case 3857 -> GeoTiffReaderTest.MERCATOR;
            case 32649 -> GeoTiffReaderTest.UTM49N;
            default -> GeoTiffReaderTest.GK_CM114;
        };
    }

    private static int grey(BufferedImage img, int x, int y) {
        return img.getRGB(x, y) & 0xff;
    }

    private static int alpha(BufferedImage img, int x, int y) {
        return img.getRGB(x, y) >>> 24;
    }

    /** A view centred on the centre of source pixel (col, row) where one source pixel spans ≈ {@code pxPerCell} screen pixels. */
    private static Viewport viewOnPixel(GeoRaster raster, int col, int row, double pxPerCell, int size) {
        CoordinateTransform toMercator = CoordinateTransform.between(raster.crs(), CrsRegistry.WEB_MERCATOR);
        GeoTransform t = raster.transform();
        double[] c = toMercator.transform(t.x(col + 0.5, row + 0.5), t.y(col + 0.5, row + 0.5));
        double[] e = toMercator.transform(t.x(col + 1.5, row + 0.5), t.y(col + 1.5, row + 0.5));
        double cell = Math.hypot(e[0] - c[0], e[1] - c[1]);
        return Viewport.ofMercator(c[0], c[1], cell / pxPerCell, size, size, 1);
    }

    @ParameterizedTest(name = "EPSG:{0}")
    @ValueSource(ints = {4326, 3857, 32649, 4547})
    void reprojectedPixelLandsWhereItsCoordinatesAre(int epsg) throws IOException {
        GdalFixtures gdal = new GdalFixtures(dir);
        GeoTiffReaderTest.Place p = place(epsg);
        Path asc = gdal.asciiGrid(32, 32, (c, r) -> c == 20 && r == 11 ? 255 : 0);
        Path tif = gdal.translate(asc, "dot.tif", "Byte", epsg, p.ulx(), p.uly(), p.pixel(), 32, 32, "TILED=YES",
                "BLOCKXSIZE=16", "BLOCKYSIZE=16", "COMPRESS=DEFLATE");
        GeoRaster raster = GeoTiffReader.open(tif);
        RasterLayerRenderer renderer = new RasterLayerRenderer(raster,
                RasterStyle.ramp(0, ColorRamp.grey(), 0, 255).withResampling(Resampling.NEAREST));

        // the same place reached independently: pixel centre → lon/lat → the viewport's own projection
        GeoTransform t = raster.transform();
        double[] lonLat = CoordinateTransform.between(raster.crs(), CrsRegistry.WGS84).transform(t.x(20.5, 11.5), t.y(20.5, 11.5));
        Viewport view = viewOnPixel(raster, 20, 11, 10, 101);
        double sx = view.toPixelX(lonLat[0]);
        double sy = view.toPixelY(lonLat[1]);
        BufferedImage img = renderer.render(view);

        int x = (int) Math.floor(sx);
        int y = (int) Math.floor(sy);
        assertEquals(255, grey(img, x, y), "the bright source pixel should be drawn at screen (" + x + "," + y + ")");
        assertEquals(255, alpha(img, x, y));
        for (int[] d : new int[][] {{-3, 0}, {3, 0}, {0, -3}, {0, 3}}) {
            assertEquals(255, grey(img, x + d[0], y + d[1]), "a source pixel is ~10 screen px wide, so ±3 px is still it");
        }
        for (int[] d : new int[][] {{-8, 0}, {8, 0}, {0, -8}, {0, 8}}) {
            assertEquals(0, grey(img, x + d[0], y + d[1]), "neighbouring source pixels are dark at offset " + d[0] + "," + d[1]);
        }
    }

    @Test
    void outsideTheRasterIsTransparent() throws IOException {
        GdalFixtures gdal = new GdalFixtures(dir);
        Path tif = gdal.create("c.tif", "Byte", 1, 9, 4547, 390000, 3082000, 30, 16, 16);
        GeoRaster raster = GeoTiffReader.open(tif);
        Viewport view = viewOnPixel(raster, 0, 0, 4, 64); // top-left corner pixel at the centre
        BufferedImage img = new RasterLayerRenderer(raster, RasterStyle.ramp(0, ColorRamp.grey(), 0, 10)).render(view);
        assertEquals(0, alpha(img, 2, 2), "north-west of the raster is empty");
        assertEquals(255, alpha(img, 40, 40), "inside the raster is drawn");
    }

    @Test
    void opacityBecomesAlpha() throws IOException {
        GdalFixtures gdal = new GdalFixtures(dir);
        GeoRaster raster = GeoTiffReader.open(gdal.create("o.tif", "Byte", 1, 9, 4326, 112.9, 27.9, 0.001, 16, 16));
        BufferedImage img = new RasterLayerRenderer(raster, RasterStyle.ramp(0, ColorRamp.grey(), 0, 10).withOpacity(0.5))
                .render(viewOnPixel(raster, 8, 8, 2, 20));
        assertEquals(128, alpha(img, 10, 10));
    }

    @Test
    void rgbCombinationTakesEachChannelFromItsBand() throws IOException {
        GdalFixtures gdal = new GdalFixtures(dir);
        GeoTiffReaderTest.Place p = GeoTiffReaderTest.UTM49N;
        List<Path> bands = List.of(
                gdal.asciiGrid(32, 32, (c, r) -> c * 4),
                gdal.asciiGrid(32, 32, (c, r) -> r * 8),
                gdal.asciiGrid(32, 32, (c, r) -> 200));
        GeoRaster raster = GeoTiffReader.open(gdal.stack("rgb.tif", "Byte", 32649, p.ulx(), p.uly(), p.pixel(), 32, 32, bands));
        // false colour: red ← band 3, green ← band 1, blue ← band 2, each stretched 0…255
        RasterStyle style = RasterStyle.rgb(2, 0, 1).withStretch(0, 0, 255).withStretch(1, 0, 255).withStretch(2, 0, 255);
        BufferedImage img = new RasterLayerRenderer(raster, style).render(viewOnPixel(raster, 12, 5, 6, 31));
        int rgb = img.getRGB(15, 15);
        assertEquals(200, rgb >> 16 & 0xff, "red from band 3");
        assertEquals(12 * 4, rgb >> 8 & 0xff, "green from band 1 at column 12");
        assertEquals(5 * 8, rgb & 0xff, "blue from band 2 at row 5");
    }

    @Test
    void ndviRampRunsFromWaterBlueThroughBrownToGreen() {
        ColorRamp ramp = ColorRamp.ndvi();
        int water = ramp.rgb((-0.4 + 1) / 2);
        int builtUp = ramp.rgb((0.1 + 1) / 2);
        int paddy = ramp.rgb((0.75 + 1) / 2);
        assertTrue((water & 0xff) > (water >> 16 & 0xff), "water is blue: " + Integer.toHexString(water));
        assertTrue((builtUp >> 16 & 0xff) > (builtUp & 0xff) && (builtUp >> 16 & 0xff) > (builtUp >> 8 & 0xff) - 40,
                "bare/built-up is brown: " + Integer.toHexString(builtUp));
        assertTrue((paddy >> 8 & 0xff) > (paddy >> 16 & 0xff) && (paddy >> 8 & 0xff) > (paddy & 0xff),
                "rice is green: " + Integer.toHexString(paddy));
    }

    @Test
    void hillshadeOfKnownSlopesMatchesHornFormula() throws IOException {
        GdalFixtures gdal = new GdalFixtures(dir);
        GeoTiffReaderTest.Place p = GeoTiffReaderTest.UTM49N; // 30 m pixels
        // 45° slopes: rising east (faces west, towards the 315° sun) and rising north (faces south, away)
        GeoRaster east = GeoTiffReader.open(gdal.translate(gdal.asciiGrid(32, 32, (c, r) -> 30 * c), "east.tif", "Float32",
                32649, p.ulx(), p.uly(), 30, 32, 32));
        GeoRaster north = GeoTiffReader.open(gdal.translate(gdal.asciiGrid(32, 32, (c, r) -> 30 * (32 - r)), "north.tif",
                "Float32", 32649, p.ulx(), p.uly(), 30, 32, 32));
        GeoRaster flat = GeoTiffReader.open(gdal.create("flat.tif", "Int16", 1, 50, 32649, p.ulx(), p.uly(), 30, 32, 32));

        double s = Math.sqrt(0.5);
        assertEquals(255 * (0.5 + 0.5 * s), shadeAtCentre(east), 1.0, "west-facing 45° slope under a NW sun");
        assertEquals(255 * (0.5 - 0.5 * s), shadeAtCentre(north), 1.0, "south-facing 45° slope under a NW sun");
        assertEquals(255 * s, shadeAtCentre(flat), 1.0, "flat ground under a 45° sun");
    }

    @Test
    void hillshadeOfLonLatDemConvertsDegreesToMetres() throws IOException {
        GdalFixtures gdal = new GdalFixtures(dir);
        // 0.001° rows ≈ 110.6 m: a rise of 110.574 m per row northwards is a 45° south-facing slope
        GeoRaster dem = GeoTiffReader.open(gdal.translate(gdal.asciiGrid(32, 32, (c, r) -> 110.574 * (32 - r)), "geo.tif",
                "Float32", 4326, 112.9, 27.9, 0.001, 32, 32));
        assertEquals(255 * (0.5 - 0.5 * Math.sqrt(0.5)), shadeAtCentre(dem), 1.5,
                "without the degree→metre conversion this slope would be vertical");
    }

    private static double shadeAtCentre(GeoRaster dem) {
        BufferedImage img = new RasterLayerRenderer(dem, RasterStyle.hillshade(0).withResampling(Resampling.NEAREST))
                .render(viewOnPixel(dem, 16, 16, 4, 21));
        return grey(img, 10, 10);
    }

    @Test
    void swipeShowsLayerALeftAndLayerBRight() throws IOException {
        GdalFixtures gdal = new GdalFixtures(dir);
        GeoRaster a = GeoTiffReader.open(gdal.create("a.tif", "Byte", 1, 10, 4326, 112.9, 27.9, 0.001, 16, 16));
        GeoRaster b = GeoTiffReader.open(gdal.create("b.tif", "Byte", 1, 200, 4326, 112.9, 27.9, 0.001, 16, 16));
        RasterStyle grey = RasterStyle.ramp(0, ColorRamp.grey(), 0, 255);
        Viewport view = viewOnPixel(a, 8, 8, 4, 40);
        BufferedImage img = SwipeComposite.render(new RasterLayerRenderer(a, grey), new RasterLayerRenderer(b, grey), view, 0.25);
        assertEquals(10, grey(img, 5, 20), "left of the divider: layer A");
        assertEquals(200, grey(img, 30, 20), "right of the divider: layer B");
        assertEquals(255, grey(img, 10, 20), "the divider is white");
    }

    @Test
    void coarseViewReadsAnOverviewAndCoversTheRasterFootprint() throws IOException {
        GdalFixtures gdal = new GdalFixtures(dir);
        Path tif = gdal.create("w.tif", "Byte", 1, 100, 4547, 390000, 3082000, 30, 256, 256, "TILED=YES");
        gdal.addOverviews(tif, 2, 4, 8, 16);
        GeoRaster raster = GeoTiffReader.open(tif);
        // a 7.68 km square raster in a 64 px view at 312.5 Mercator m/px (≈ 276 ground m/px)
        double[] centre = CoordinateTransform.between("EPSG:4547", CrsRegistry.WGS84).transform(390000 + 3840, 3082000 - 3840);
        Viewport view = Viewport.of(centre[0], centre[1], 20000.0 / 64, 64, 64, 1);
        BufferedImage img = new RasterLayerRenderer(raster, RasterStyle.ramp(0, ColorRamp.grey(), 0, 255)).render(view);
        int drawn = 0;
        for (int y = 0; y < 64; y++) for (int x = 0; x < 64; x++) if (alpha(img, x, y) > 0) drawn++;
        double side = 7680 / Math.cos(Math.toRadians(centre[1])) / (20000.0 / 64); // footprint side in screen px
        assertEquals(side * side, drawn, side * 4, "drawn pixels should cover the raster's footprint");
        assertTrue(raster.levelFor(20000.0 / 64 * Math.cos(Math.toRadians(centre[1]))).index() >= 3,
                "a 240 m overview suits a 276 m/px display");
        assertEquals(100, grey(img, 32, 32), "the overview holds the burnt value");
    }
}
