package org.onemap.map.raster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reads GeoTIFFs written by GDAL in every layout, sample type and CRS OneMap supports. */
class GeoTiffReaderTest {
    static final int COLS = 64;
    static final int ROWS = 48;

    @TempDir
    Path dir;

    /** Where each CRS's fixture sits: around Xiangtan (≈112.9° E, 27.85° N), in that CRS's units. */
    record Place(int epsg, double ulx, double uly, double pixel) {}

    static final Place WGS84 = new Place(4326, 112.90, 27.90, 0.001);
    static final Place CGCS2000 = new Place(4490, 112.90, 27.90, 0.001);
    static final Place MERCATOR = new Place(3857, 12567000.0, 3232000.0, 30);
    static final Place UTM49N = new Place(32649, 687000.0, 3084000.0, 30);
    static final Place GK_CM114 = new Place(4547, 390000.0, 3082000.0, 30);

    static double expected(String type, int c, int r) {
        return switch (type) {
            case "Byte" -> (c * 3 + r * 5) % 251;
            case "Int16" -> c + 100 * r - 2000;
            default -> c * 0.5 - r * 0.25 + 0.125;
        };
    }

    static Stream<Arguments> variants() {
        List<String> types = List.of("Byte", "Int16", "Float32");
        List<Place> places = List.of(WGS84, CGCS2000, MERCATOR, UTM49N, GK_CM114);
        List<List<String>> layouts = List.of(
                List.of(),                                                  // striped, uncompressed
                List.of("COMPRESS=DEFLATE"),                                // striped, deflate
                List.of("TILED=YES", "BLOCKXSIZE=16", "BLOCKYSIZE=16", "COMPRESS=LZW"),   // tiled, LZW
                List.of("TILED=YES", "BLOCKXSIZE=32", "BLOCKYSIZE=16", "COMPRESS=DEFLATE"), // tiled, deflate
                List.of("COMPRESS=LZW", "BLOCKYSIZE=5"));                   // striped, LZW, partial last strip
        Stream.Builder<Arguments> b = Stream.builder();
        int i = 0;
        // every type × every layout, and every CRS (rotated through so each CRS meets each type)
        for (String type : types) {
            for (List<String> layout : layouts) {
                b.add(Arguments.of(type, places.get(i++ % places.size()), layout));
            }
        }
        return b.build();
    }

    @ParameterizedTest(name = "{0} EPSG:{1} {2}")
    @MethodSource("variants")
    void readsKnownPixelsGeotransformAndCrs(String type, Place place, List<String> layout) throws IOException {
        GdalFixtures gdal = new GdalFixtures(dir);
        Path asc = gdal.asciiGrid(COLS, ROWS, (c, r) -> expected(type, c, r));
        Path tif = gdal.translate(asc, "v.tif", type, place.epsg(), place.ulx(), place.uly(), place.pixel(), COLS, ROWS,
                layout.toArray(String[]::new));

        GeoRaster raster = GeoTiffReader.open(tif);

        assertEquals(COLS, raster.width());
        assertEquals(ROWS, raster.height());
        assertEquals(1, raster.bandCount());
        assertEquals(switch (type) { case "Byte" -> RasterDataType.UINT8; case "Int16" -> RasterDataType.INT16;
            default -> RasterDataType.FLOAT32; }, raster.dataType());
        assertEquals("EPSG:" + place.epsg(), raster.crs(), "CRS from the GeoKeyDirectory");
        GeoTransform t = raster.transform();
        double tol = place.pixel() * 1e-6;
        assertEquals(place.ulx(), t.originX(), tol, "origin x");
        assertEquals(place.uly(), t.originY(), tol, "origin y");
        assertEquals(place.pixel(), t.pixelWidth(), tol, "pixel width");
        assertEquals(-place.pixel(), t.pixelHeight(), tol, "pixel height (north-up)");
        int[][] probes = {{0, 0}, {COLS - 1, 0}, {0, ROWS - 1}, {COLS - 1, ROWS - 1}, {17, 5}, {40, 33}, {31, 47}};
        for (int[] p : probes) {
            assertEquals(expected(type, p[0], p[1]), raster.value(0, p[0], p[1]), 1e-6,
                    type + " pixel (" + p[0] + "," + p[1] + ") of " + layout);
        }
        RasterWindow w = raster.read(0, 10, 20, 30, 15);
        for (int r = 20; r < 35; r++) {
            for (int c = 10; c < 40; c++) {
                assertEquals(expected(type, c, r), w.value(0, c, r), 1e-6, "window pixel (" + c + "," + r + ")");
            }
        }
    }

    @Test
    void readsRgbBandsInPixelAndBandInterleave() throws IOException {
        GdalFixtures gdal = new GdalFixtures(dir);
        List<Path> bands = List.of(
                gdal.asciiGrid(COLS, ROWS, (c, r) -> c * 2),
                gdal.asciiGrid(COLS, ROWS, (c, r) -> r * 3),
                gdal.asciiGrid(COLS, ROWS, (c, r) -> (c + r) % 200));
        for (String interleave : List.of("PIXEL", "BAND")) {
            Path tif = gdal.stack("rgb-" + interleave + ".tif", "Byte", 32649, UTM49N.ulx(), UTM49N.uly(), UTM49N.pixel(),
                    COLS, ROWS, bands, "INTERLEAVE=" + interleave, "TILED=YES", "BLOCKXSIZE=16", "BLOCKYSIZE=16", "COMPRESS=DEFLATE");
            GeoRaster raster = GeoTiffReader.open(tif);
            assertEquals(3, raster.bandCount());
            assertEquals(2 * 37, raster.value(0, 37, 11), interleave);
            assertEquals(3 * 11, raster.value(1, 37, 11), interleave);
            assertEquals(48, raster.value(2, 37, 11), interleave);
        }
    }

    @Test
    void readsGdalCreateRasterWithOverviewsAndPicksLevelForResolution() throws IOException {
        GdalFixtures gdal = new GdalFixtures(dir);
        Path tif = gdal.create("burn.tif", "Int16", 1, 7, 4547, GK_CM114.ulx(), GK_CM114.uly(), 30, 256, 128,
                "TILED=YES", "COMPRESS=LZW");
        gdal.addOverviews(tif, 2, 4, 8);

        GeoRaster raster = GeoTiffReader.open(tif);

        assertEquals(4, raster.levels().size(), "full resolution + 3 overviews: " + raster.levels());
        assertEquals(128, raster.levels().get(1).width());
        assertEquals(32, raster.levels().get(3).width());
        assertEquals(240, raster.levels().get(3).transform().pixelWidth(), 1e-9);
        assertEquals(GK_CM114.ulx(), raster.levels().get(3).transform().originX(), 1e-6, "overviews share the origin");
        assertEquals(7, raster.value(0, 200, 100));
        assertEquals(7, raster.read(2, 60, 30, 4, 2).value(0, 61, 31));
        assertEquals(0, raster.levelFor(10).index(), "finer display than the data: full resolution");
        assertEquals(1, raster.levelFor(70).index(), "70 m/px display → 60 m overview");
        assertEquals(3, raster.levelFor(1000).index(), "coarse display → coarsest overview");
    }

    @Test
    void turnsNodataIntoNaN() throws IOException {
        GdalFixtures gdal = new GdalFixtures(dir);
        Path asc = gdal.asciiGrid(16, 16, (c, r) -> c == r ? -9999 : 5, true);
        Path tif = gdal.translate(asc, "nd.tif", "Float32", 4326, 112.9, 27.9, 0.001, 16, 16, "COMPRESS=DEFLATE");
        GeoRaster raster = GeoTiffReader.open(tif);
        assertEquals(-9999, raster.noData());
        assertTrue(Double.isNaN(raster.value(0, 3, 3)), "the diagonal is nodata");
        assertEquals(5, raster.value(0, 4, 3));
    }

    @Test
    void readsHorizontalPredictor() throws IOException {
        GdalFixtures gdal = new GdalFixtures(dir);
        Path asc = gdal.asciiGrid(COLS, ROWS, (c, r) -> expected("Int16", c, r));
        Path tif = gdal.translate(asc, "pred.tif", "Int16", 4547, GK_CM114.ulx(), GK_CM114.uly(), 30, COLS, ROWS,
                "COMPRESS=DEFLATE", "PREDICTOR=2");
        assertEquals(expected("Int16", 50, 40), GeoTiffReader.open(tif).value(0, 50, 40));
    }

    @Test
    void bandStatisticsGiveRangeAndPercentilesIgnoringNodata() throws IOException {
        GdalFixtures gdal = new GdalFixtures(dir);
        Path asc = gdal.asciiGrid(10, 10, (c, r) -> r == 0 && c == 0 ? -9999 : c + 10 * r, true);
        GeoRaster raster = GeoTiffReader.open(gdal.translate(asc, "s.tif", "Int16", 4326, 112.9, 27.9, 0.001, 10, 10));
        BandStatistics s = BandStatistics.of(raster, 0);
        assertEquals(99, s.validPixels(), "the nodata pixel is not counted");
        assertEquals(1, s.min());
        assertEquals(99, s.max());
        assertEquals(2 + 1, s.p2(), 1, "2 % of 1..99");
        assertEquals(97, s.p98(), 1, "98 % of 1..99");
    }

    @Test
    void readsRotatedGridFromModelTransformation() throws IOException {
        GdalFixtures gdal = new GdalFixtures(dir);
        Path asc = gdal.asciiGrid(16, 16, (c, r) -> c + 100 * r);
        // a rotated geotransform cannot be a pixel scale + tie point: GDAL writes ModelTransformation
        Path vrt = dir.resolve("rotated.vrt");
        java.nio.file.Files.writeString(vrt, "<VRTDataset rasterXSize=\"16\" rasterYSize=\"16\">"
                + "<SRS>EPSG:32649</SRS><GeoTransform>687000, 30, 5, 3084000, 4, -30</GeoTransform>"
                + "<VRTRasterBand dataType=\"Int16\" band=\"1\"><SimpleSource><SourceFilename relativeToVRT=\"0\">"
                + asc + "</SourceFilename><SourceBand>1</SourceBand></SimpleSource></VRTRasterBand></VRTDataset>");
        Path tif = gdal.translateAsIs(vrt, "rotated.tif");
        GeoRaster raster = GeoTiffReader.open(tif);
        assertEquals(new GeoTransform(687000, 30, 5, 3084000, 4, -30), raster.transform());
        assertEquals("EPSG:32649", raster.crs());
        assertEquals(3 + 100 * 9, raster.value(0, 3, 9));
        double[] px = raster.transform().toPixel(raster.transform().x(3.5, 9.5), raster.transform().y(3.5, 9.5));
        assertEquals(3.5, px[0], 1e-9, "inverse of a rotated transform");
        assertEquals(9.5, px[1], 1e-9);
    }

    @Test
    void pixelIsPointRasterKeepsGdalsGeotransform() throws IOException {
        GdalFixtures gdal = new GdalFixtures(dir);
        Path asc = gdal.asciiGrid(16, 16, (c, r) -> c);
        // GDAL stores AREA_OR_POINT=Point as RasterType PixelIsPoint with the tie point on a pixel centre
        Path tif = gdal.translate(asc, "point.tif", "Int16", 4547, GK_CM114.ulx(), GK_CM114.uly(), 30, 16, 16);
        Path point = gdal.translateAsIs(tif, "point2.tif", "-mo", "AREA_OR_POINT=Point");
        GeoRaster raster = GeoTiffReader.open(point);
        assertEquals(GK_CM114.ulx(), raster.transform().originX(), 1e-6, "corner of pixel (0,0), as gdalinfo reports it");
        assertEquals(GK_CM114.uly(), raster.transform().originY(), 1e-6);
    }
}
