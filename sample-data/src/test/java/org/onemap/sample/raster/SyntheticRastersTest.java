package org.onemap.sample.raster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import mil.nga.tiff.FieldTagType;
import mil.nga.tiff.FileDirectory;
import mil.nga.tiff.ImageWindow;
import mil.nga.tiff.TIFFImage;
import mil.nga.tiff.TiffReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.onemap.sample.real.RealLayers;
import org.onemap.sample.synthetic.SyntheticLayers;

/** The synthetic DEM and NDVI: labelled, deterministic, georeferenced, and consistent with the parcels. */
class SyntheticRastersTest {
    @TempDir
    static Path dir;
    static SyntheticRasters rasters;
    static Path dem;
    static Path ndvi;

    @BeforeAll
    static void write() throws IOException {
        rasters = new SyntheticRasters();
        List<Path> files = rasters.writeAll(dir.resolve("a"));
        dem = files.get(0);
        ndvi = files.get(1);
    }

    private static FileDirectory main(Path file) throws IOException {
        return TiffReader.readTiff(file.toFile()).getFileDirectory();
    }

    private static double value(FileDirectory d, RasterGrid grid, double lon, double lat) {
        int c = grid.col(lon);
        int r = grid.row(lat);
        return d.readRasters(new ImageWindow(c, r, c + 1, r + 1)).getPixelSample(0, 0, 0).doubleValue();
    }

    @Test
    void filesAreLabelledGeneratedSmallAndGeoreferencedInWgs84() throws IOException {
        for (Path p : List.of(dem, ndvi)) {
            FileDirectory d = main(p);
            assertTrue(d.getStringEntryValue(FieldTagType.ImageDescription).startsWith(SyntheticRasters.LABEL),
                    p + " must say it is synthetic in its ImageDescription");
            assertTrue(Files.size(p) < 10_000_000, p + " is " + Files.size(p) + " bytes; keep it under 10 MB");
            List<Integer> keys = d.getIntegerListEntryValue(FieldTagType.GeoKeyDirectory);
            assertTrue(keys.containsAll(List.of(2048, 0, 1, 4326)), "GeographicTypeGeoKey = 4326: " + keys);
            assertEquals(List.of(SyntheticRasters.CELL_DEGREES, SyntheticRasters.CELL_DEGREES, 0.0), d.getModelPixelScale());
            assertEquals(rasters.grid().west(), d.getModelTiepoint().get(3), 1e-9);
            assertEquals(rasters.grid().north(), d.getModelTiepoint().get(4), 1e-9);
            TIFFImage all = TiffReader.readTiff(p.toFile());
            assertTrue(all.getFileDirectories().size() >= 3, "overviews are written as reduced-resolution IFDs");
        }
    }

    @Test
    void sameSeedWritesIdenticalFiles() throws IOException {
        List<Path> again = new SyntheticRasters().writeAll(dir.resolve("b"));
        assertArrayEquals(Files.readAllBytes(dem), Files.readAllBytes(again.get(0)), "DEM differs between runs");
        assertArrayEquals(Files.readAllBytes(ndvi), Files.readAllBytes(again.get(1)), "NDVI differs between runs");
    }

    @Test
    void demHasAValleyFloorAlongTheXiangAndHillsInTheWest() throws IOException {
        FileDirectory d = main(dem);
        RasterGrid g = rasters.grid();
        Coordinate river = xiangAtXiangtan();
        double riverZ = value(d, g, river.x, river.y);
        assertTrue(riverZ >= 28 && riverZ <= 50, "the Xiang at Xiangtan should be 30–50 m, was " + riverZ);
        float[] z = rasters.dem();
        double max = 0;
        for (float v : z) max = Math.max(max, v);
        assertTrue(max > 500 && max < 900, "highest ground (湘乡 west / 韶山) should be 500–900 m, was " + max);
        double westMax = 0;
        for (int r = 0; r < g.rows(); r++) for (int c = 0; c < g.cols() / 4; c++) westMax = Math.max(westMax, z[r * g.cols() + c]);
        assertEquals(max, westMax, 1e-3, "the highest ground lies in the western quarter");
    }

    @Test
    void ndviFollowsCropsWaterAndTown() throws IOException {
        FileDirectory d = main(ndvi);
        RasterGrid g = rasters.grid();
        Coordinate river = xiangAtXiangtan();
        assertTrue(value(d, g, river.x, river.y) < 0, "water has NDVI < 0");
        Point seat = RealLayers.countySeats().get("430381"); // 湘乡 town centre
        double town = value(d, g, seat.getX(), seat.getY());
        assertTrue(town < 0.3, "built-up 湘乡 centre should have NDVI ~0.1, was " + town);

        // parcels' cells carry their crop's summer NDVI: rice 0.6–0.8, pig farms low
        Map<String, List<Double>> byCrop = new HashMap<>();
        new SyntheticLayers().forEachParcel(SyntheticLayers.DEFAULT_PARCELS, f -> {
            Point p = f.geometry().getInteriorPoint();
            String crop = (String) f.attributes().get("crop");
            if (byCrop.computeIfAbsent(crop, k -> new ArrayList<>()).size() < 200) {
                byCrop.get(crop).add(value(d, g, p.getX(), p.getY()));
            }
        });
        double rice = median(byCrop.get("水稻"));
        assertTrue(rice >= 0.6 && rice <= 0.8, "median NDVI of rice parcels should be 0.6–0.8, was " + rice);
        double pigs = median(byCrop.get("生猪养殖"));
        assertTrue(pigs < 0.3, "pig farms are roofs and yards, NDVI < 0.3, was " + pigs);
    }

    @Test
    void gdalReadsEveryLevelWithoutErrors() throws IOException, InterruptedException {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        boolean gdal = onPath("gdalinfo");
        if (!gdal && !ci) {
            org.junit.jupiter.api.Assumptions.assumeTrue(false, "gdalinfo (gdal-bin) not installed: skipping the GDAL cross-check");
        }
        for (Path p : List.of(dem, ndvi)) {
            Process proc = new ProcessBuilder("gdalinfo", "-checksum", p.toString()).redirectErrorStream(true).start();
            String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, proc.waitFor(), out);
            assertFalse(out.contains("ERROR"), "GDAL could not decode " + p.getFileName() + ":\n" + out);
            assertTrue(out.contains("EPSG\",4326"), "GDAL sees EPSG:4326:\n" + out);
            assertTrue(out.contains("Overviews"), "GDAL sees the overviews:\n" + out);
        }
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) return false;
        for (String d : path.split(java.io.File.pathSeparator)) if (Files.isExecutable(Path.of(d, tool))) return true;
        return false;
    }

    /** A vertex of the real Xiang centreline near Xiangtan city. */
    private static Coordinate xiangAtXiangtan() {
        Coordinate best = null;
        for (var f : RealLayers.river().features()) {
            for (Coordinate c : f.geometry().getCoordinates()) {
                if (best == null || Math.abs(c.y - 27.86) < Math.abs(best.y - 27.86)) best = c;
            }
        }
        return best;
    }

    private static double median(List<Double> v) {
        List<Double> s = new ArrayList<>(v);
        s.sort(null);
        return s.get(s.size() / 2);
    }
}
