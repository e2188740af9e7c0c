package org.onemap.dataimport.geojson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onemap.dataimport.ImportContext;
import org.onemap.dataimport.ImportProgress;
import org.onemap.dataimport.ImportReport;
import org.onemap.dataimport.ImportSource;
import org.onemap.dataimport.SourceRecord;

/** GeoJSON FeatureCollections are read feature by feature: a file far larger than the heap still imports. */
class GeoJsonStreamingTest {
    @TempDir
    Path dir;

    private static List<SourceRecord> readAll(ImportSource src) throws IOException {
        List<SourceRecord> out = new ArrayList<>();
        src.read(new ImportContext(null, new ImportReport("t"), ImportProgress.NONE), out::add);
        return out;
    }

    @Test
    void readsFeaturesInOrderWithTheUnionOfTheirPropertiesAndACrsWrittenAfterThem() throws IOException {
        Path f = dir.resolve("tail-crs.geojson");
        Files.writeString(f, """
                {"features": [
                  {"type": "Feature", "properties": {"编号": "A1", "作物": "水稻"}, "geometry": {"type": "Point", "coordinates": [112.9, 27.8]}},
                  {"type": "Feature", "properties": {"编号": "A2", "面积": 3.5}, "geometry": {"type": "Point", "coordinates": [112.91, 27.81]}}
                 ],
                 "type": "FeatureCollection",
                 "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::4490"}}}
                """, StandardCharsets.UTF_8);
        try (ImportSource src = new GeoJsonImporter().open(f, Map.of())) {
            List<SourceRecord> rows = readAll(src);
            assertEquals(2, rows.size());
            assertEquals("A2", rows.get(1).attributes().get("编号"));
            assertEquals(3.5, rows.get(1).attributes().get("面积"));
            assertEquals(List.of("编号", "作物", "面积"), src.columns(), "columns in order of first appearance, all of them after a read");
            assertEquals("EPSG:4490", rows.get(0).crs(), "a crs member after the features is still honoured");
        }
    }

    @Test
    void aSecondReadOfTheSameSourceStartsAgainFromTheFirstFeature() throws IOException {
        Path f = dir.resolve("two.geojson");
        Files.writeString(f, "{\"type\":\"FeatureCollection\",\"features\":[" + feature(1) + "," + feature(2) + "]}", StandardCharsets.UTF_8);
        try (ImportSource src = new GeoJsonImporter().open(f, Map.of())) {
            assertEquals(2, readAll(src).size());
            assertEquals(2, readAll(src).size());
        }
    }

    @Test
    void importsAFileSeveralTimesLargerThanTheHeapInAForkedJvm() throws Exception {
        int n = 40_000;
        Path big = dir.resolve("big.geojson");
        try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            w.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
            for (int i = 1; i <= n; i++) {
                w.write(feature(i));
                w.write(i < n ? ",\n" : "\n");
            }
            w.write("]}\n");
        }
        long mb = Files.size(big) >> 20;
        assertTrue(mb >= 60, "the file must dwarf the 24 MB heap: " + mb + " MB");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx24m", "-cp", System.getProperty("java.class.path"),
                GeoJsonReadAll.class.getName(), big.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the forked reader did not finish");
        assertEquals(0, p.exitValue(), "reading a " + mb + " MB GeoJSON with a 24 MB heap failed (is the whole document held?):\n" + out);
        assertTrue(out.contains("features=" + n), out);
    }

    /** A polygon feature with Chinese text and a 1.5 KB remark, so the file grows big quickly. */
    private static String feature(int i) {
        double x = 112.9 + (i % 100) * 0.001, y = 27.8 + (i / 100) * 0.0001;
        return String.format(java.util.Locale.ROOT, "{\"type\":\"Feature\",\"properties\":{\"编号\":\"P%d\",\"作物\":\"水稻\",\"备注\":\"%s\"},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[%f,%f],[%f,%f],[%f,%f],[%f,%f],[%f,%f]]]}}",
                i, "湘潭".repeat(250), x, y, x + 0.0009, y, x + 0.0009, y + 0.00009, x, y + 0.00009, x, y);
    }
}
