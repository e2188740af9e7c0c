package org.onemap.app.cli;

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
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.Query;
import org.onemap.dataimport.ImportContext;
import org.onemap.dataimport.ImportReport;
import org.onemap.dataimport.ImportSource;
import org.onemap.dataimport.Importer;
import org.onemap.dataimport.export.XlsxExport;
import org.onemap.dataimport.geojson.GeoJsonImporter;
import org.onemap.dataimport.geopackage.GeoPackageImporter;
import org.onemap.dataimport.shapefile.ShapefileReader;
import org.onemap.dataimport.table.TableImporter;
import org.onemap.datasources.h2gis.H2gisWorkspace;

/** {@code onemap export} from a seeded workspace, each file read back with OneMap's importers (and GDAL's ogrinfo). */
class ExportCommandTest {
    @TempDir static Path tmp;
    @TempDir Path dir;
    static String ws;

    @BeforeAll
    static void seed() {
        ws = SeededCliWorkspace.seeded(tmp.resolve("ws"), 40);
    }

    /** The layer's features as the workspace holds them, in id order (the export order). */
    static List<Feature> layer(String name) {
        try (H2gisWorkspace w = H2gisWorkspace.open(Path.of(ws), "tester")) {
            return w.layer(name).list(Query.ALL);
        }
    }

    /** A record read back: its geometry and the Chinese text attribute under the name the format stores it as. */
    record Back(Geometry geometry, Object text) {}

    static List<Back> readBack(Path file, String textField) throws IOException {
        String name = file.getFileName().toString();
        List<Back> out = new ArrayList<>();
        if (name.endsWith(".shp")) {
            try (ShapefileReader in = ShapefileReader.open(file)) { // charset from the .cpg
                for (Feature f : in) out.add(new Back(f.geometry(), f.get(textField)));
            }
            return out;
        }
        Importer importer = name.endsWith(".geojson") ? new GeoJsonImporter() : name.endsWith(".gpkg") ? new GeoPackageImporter() : new TableImporter();
        String key = name.endsWith(".xlsx") ? Map.of("name", "名称", "owner", "承包方").get(textField) : textField;
        ImportReport report = new ImportReport(name);
        try (ImportSource src = importer.open(file, Map.of())) {
            src.read(new ImportContext(null, report, null), r -> out.add(new Back(r.geometry(), r.attributes().get(key))));
        }
        assertTrue(report.errors().isEmpty(), "reading " + name + " back: " + report.problems());
        return out;
    }

    static Geometry single(Geometry g) {
        return g instanceof GeometryCollection c && c.getNumGeometries() == 1 ? c.getGeometryN(0) : g;
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"county, shp, name", "county, geojson, name", "county, gpkg, name", "county, xlsx, name",
            "parcel, shp, owner", "parcel, geojson, owner", "parcel, gpkg, owner", "parcel, xlsx, owner"})
    void exportedLayerReadsBackWithSameFeatures(String layerName, String ext, String textField) throws Exception {
        Path out = dir.resolve(layerName + "." + ext);
        CliRun r = CliRun.of("export", "--layer", layerName, "--out", out.toString(), "--workspace", ws);
        assertEquals(0, r.exit(), r::toString);
        List<Feature> expected = layer(layerName);
        assertTrue(r.out().contains("exported " + expected.size() + " features"), r::toString);
        List<Back> back = readBack(out, textField);
        assertEquals(expected.size(), back.size(), "features read back from " + out.getFileName());
        for (int i = 0; i < expected.size(); i++) {
            Feature f = expected.get(i);
            String where = out.getFileName() + " feature " + (i + 1) + " (id " + f.id() + ")";
            assertEquals(f.get(textField), back.get(i).text(), where + ": Chinese text attribute " + textField);
            Geometry want = ext.equals("xlsx") ? XlsxExport.representative(f.geometry()) : single(f.geometry()).norm();
            Geometry got = single(back.get(i).geometry()).norm();
            assertTrue(want.equalsExact(got, 1e-9), where + ": expected " + want + "\nbut read back " + got);
        }
        if (ext.equals("shp") || ext.equals("gpkg")) ogrinfo(out, expected.size());
    }

    @Test
    void bboxExportsOnlyIntersectingFeatures() throws Exception {
        Path out = dir.resolve("some.geojson");
        org.locationtech.jts.geom.Envelope e = layer("parcel").get(0).geometry().getEnvelopeInternal();
        String box = e.getMinX() + "," + e.getMinY() + "," + e.getMaxX() + "," + e.getMaxY();
        CliRun q = CliRun.of("query", "--layer", "parcel", "--bbox", box, "--workspace", ws);
        CliRun r = CliRun.of("export", "--layer", "parcel", "--bbox", box, "--out", out.toString(), "--workspace", ws);
        assertEquals(0, r.exit(), r::toString);
        long n = Long.parseLong(q.out().trim());
        assertTrue(n >= 1 && n < layer("parcel").size(), "the box around parcel 1 should hold some but not all parcels: " + n);
        assertEquals(n, readBack(out, "owner").size(), "export --bbox agrees with query --bbox");
    }

    @Test
    void unknownFormatIsAUsageErrorBeforeTheWorkspaceIsTouched() {
        Path fresh = dir.resolve("never-created");
        CliRun r = CliRun.of("export", "--layer", "county", "--out", dir.resolve("county.kml").toString(), "--workspace", fresh.toString());
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("unknown format"), r::toString);
        assertFalse(Files.exists(fresh), "a usage error must not seed a workspace");
    }

    @Test
    void unknownLayerExitsOneAndWritesNothing() throws IOException {
        Path out = dir.resolve("x.gpkg");
        CliRun r = CliRun.of("export", "--layer", "nosuch", "--out", out.toString(), "--workspace", ws);
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.err().startsWith("onemap: error: unknown layer 'nosuch'"), r::toString);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.toList(), "nothing written for an unknown layer");
        }
    }

    /** Checks FILE with GDAL's {@code ogrinfo -al -so}; skipped with a message when GDAL is absent, required when CI=true. */
    static void ogrinfo(Path file, int features) throws Exception {
        String ogrinfo = null;
        for (String p : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!p.isEmpty() && Files.isExecutable(Path.of(p, "ogrinfo"))) ogrinfo = Path.of(p, "ogrinfo").toString();
        }
        if (ogrinfo == null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError("ogrinfo (GDAL, Debian package gdal-bin) must be installed on CI to check " + file.getFileName());
            }
            System.err.println("skipped: ogrinfo (GDAL) not on PATH; " + file.getFileName() + " not checked with GDAL");
            return;
        }
        ProcessBuilder pb = new ProcessBuilder(ogrinfo, "-al", "-so", file.toString()).redirectErrorStream(true);
        pb.environment().remove("SHAPE_ENCODING");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "ogrinfo did not finish");
        assertEquals(0, p.exitValue(), "ogrinfo failed on " + file.getFileName() + ":\n" + out);
        assertFalse(out.contains("Warning") || out.contains("ERROR"), "GDAL complains about " + file.getFileName() + ":\n" + out);
        assertTrue(out.contains("Feature Count: " + features), "ogrinfo sees " + features + " features:\n" + out);
    }
}
