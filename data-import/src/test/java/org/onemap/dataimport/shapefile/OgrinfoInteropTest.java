package org.onemap.dataimport.shapefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Checks the written files with GDAL's {@code ogrinfo}, the reference reader; skipped where GDAL is not installed. */
class OgrinfoInteropTest {
    private static String ogrinfo;

    @TempDir Path dir;

    @BeforeAll
    static void findOgrinfo() {
        for (String p : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(p, "ogrinfo");
            if (Files.isExecutable(candidate)) ogrinfo = candidate.toString();
        }
    }

    private static String run(String... args) throws IOException, InterruptedException {
        Assumptions.assumeTrue(ogrinfo != null, "ogrinfo (GDAL, Debian package gdal-bin) is not on PATH: GDAL interop not checked");
        List<String> cmd = new ArrayList<>();
        cmd.add(ogrinfo);
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("SHAPE_ENCODING"); // let GDAL follow the .cpg / LDID as any user's would
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "ogrinfo did not finish");
        assertEquals(0, p.exitValue(), "ogrinfo failed:\n" + out);
        assertFalse(out.contains("Warning") || out.contains("ERROR"), "GDAL complains about the file:\n" + out);
        return out;
    }

    private Path writeParcels() throws IOException {
        Path shp = dir.resolve("parcels.shp");
        WKTReader wkt = new WKTReader();
        try (ShapefileWriter w = ShapefileWriter.create(shp, ShapeType.POLYGON, List.of(
                DbfField.text("parcel_code", 20), DbfField.text("crop", 20), DbfField.decimal("area_mu", 12, 2),
                DbfField.text("village_code", 12), DbfField.date("survey_date"), DbfField.logical("generated")))) {
            w.write(wkt.read("POLYGON ((112.90 27.80, 112.91 27.80, 112.91 27.81, 112.90 27.81, 112.90 27.80))"),
                    "430321-012-00345", "水稻", 3.25, "430321100201", java.time.LocalDate.of(2024, 6, 1), true);
            w.write(wkt.read("POLYGON ((112.92 27.80, 112.93 27.80, 112.93 27.81, 112.92 27.80), (112.925 27.802, 112.928 27.802, 112.928 27.804, 112.925 27.802))"),
                    "430321-012-00346", "湘莲", 1.5, "430321100201", null, true);
            w.write(wkt.read("MULTIPOLYGON (((112.94 27.80, 112.95 27.80, 112.95 27.81, 112.94 27.80)), ((112.96 27.80, 112.97 27.80, 112.97 27.81, 112.96 27.80)))"),
                    "430321-012-00347", "柑橘", 12.0, "430321100202", java.time.LocalDate.of(2024, 6, 2), true);
            w.commit();
        } catch (ParseException e) {
            throw new AssertionError(e);
        }
        return shp;
    }

    @Test
    void gdalReadsTheGbkShapefileWithItsChineseText() throws Exception {
        Path shp = writeParcels();
        String summary = run("-al", "-so", shp.toString());
        assertTrue(summary.contains("Feature Count: 3"), summary);
        assertTrue(summary.contains("Geometry: Polygon"), summary);
        assertTrue(summary.contains("WGS 84") || summary.contains("WGS_1984"), ".prj understood:\n" + summary);
        assertTrue(summary.contains("Extent: (112.900000, 27.800000) - (112.970000, 27.810000)"), summary);
        assertTrue(summary.contains("village_co: String (12.0)"), summary);
        assertTrue(summary.contains("area_mu: Real (12.2)"), summary);
        assertTrue(summary.contains("survey_dat: Date"), summary);

        String all = run("-al", shp.toString());
        assertTrue(all.contains("crop (String) = 水稻") && all.contains("crop (String) = 湘莲"), "GBK text via .cpg:\n" + all);
        assertTrue(all.contains("survey_dat (Date) = 2024/06/01"), all);
        assertTrue(all.contains("(112.925 27.802,") || all.contains("112.925 27.802"), "hole is present:\n" + all);
    }

    @Test
    void gdalReadsTheGbkShapefileWithoutCpgFromTheLanguageDriver() throws Exception {
        Path shp = writeParcels();
        Files.delete(dir.resolve("parcels.cpg"));
        String all = run("-al", shp.toString());
        assertTrue(all.contains("crop (String) = 柑橘"), "GBK text via LDID 0x4D:\n" + all);
    }
}
