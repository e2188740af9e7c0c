package org.onemap.dataimport.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.Query;
import org.onemap.dataimport.ImportCancelledException;
import org.onemap.dataimport.ImportException;
import org.onemap.dataimport.ImportProgress;
import org.onemap.dataimport.shapefile.DbfCharsets;
import org.onemap.dataimport.shapefile.DbfField;
import org.onemap.dataimport.shapefile.ShapeType;
import org.onemap.dataimport.shapefile.ShapefileWriter;

/**
 * Imports into a NEW layer take the workspace's bulk-load path (staging table, index and triggers built
 * once at the end): the result must be the same layer a row-by-row import makes, and every way out
 * before the end must leave nothing, not even the staging table.
 */
class BulkImportTest extends ReferenceWorkspaceFixture {
    private static final GeometryFactory GF = new GeometryFactory();

    private Path points(String name, int n, int duplicateAt) throws IOException {
        Path shp = dir.resolve(name + ".shp");
        try (ShapefileWriter w = ShapefileWriter.builder(shp, ShapeType.POINT).charset(DbfCharsets.GBK)
                .fields(List.of(DbfField.text("bh", 10), DbfField.text("zw", 10))).open()) {
            for (int i = 0; i < n; i++) {
                String key = i == duplicateAt ? "B0" : "B" + i;
                w.write(GF.createPoint(new Coordinate(112.6 + (i % 500) * 0.001, 27.7 + (i / 500) * 0.001)), key, "水稻");
            }
            w.commit();
        }
        return shp;
    }

    private static long count(String sql) {
        return ((Number) ws.sql(sql).rows().get(0).get(0)).longValue();
    }

    private static long stagingTables() {
        return count("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME LIKE 'ONEMAP_LOAD_%'");
    }

    @Test
    void aNewLayerIsLoadedIndexedStampedWithOneAuditRecordAndCanBeUndone() throws IOException {
        int n = 12_001; // several writer batches and a partial one
        ImportResult r = run(points("bulk_pts", n, -1), "bulk_pts", Map.of());
        assertEquals(n, r.written());
        assertEquals(n, ws.layer("bulk_pts").count(Query.ALL));
        assertEquals(n, count("SELECT COUNT(*) FROM bulk_pts WHERE version = 1 AND updated_by = 'tester' AND import_id = '" + r.importId() + "'"));
        assertEquals("水稻", ws.sql("SELECT zw FROM bulk_pts WHERE bh = 'B7'").rows().get(0).get(0), "GBK text decoded and stored");
        assertEquals(1, count("SELECT COUNT(*) FROM onemap_audit WHERE layer = 'bulk_pts'"), "the import is one audited operation");
        assertEquals(1, count("SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_NAME = 'BULK_PTS' AND INDEX_TYPE_NAME = 'SPATIAL INDEX'"));
        assertEquals(0, stagingTables());

        assertEquals(n, new ImportCatalog(ws).undo(r.importId(), "tester"));
        assertFalse(ws.hasLayer("bulk_pts"), "undo drops the layer the import created");
    }

    @Test
    void aRejectionAfterSeveralBatchesWereWrittenLeavesNothing() throws IOException {
        Path shp = points("late_dup", 12_000, 11_000); // batches of 5000 were already written when the duplicate comes
        ImportException e = rejected(shp, "late_dup", Map.of());
        assertTrue(e.getMessage().contains("duplicate key"), e.getMessage());
        assertEquals(0, stagingTables(), "the staging table is dropped");
    }

    @Test
    void validRowsModeLoadsAllButTheRejectedRow() throws IOException {
        ImportResult r = run(points("some_dup", 6_000, 5_500), "some_dup", Map.of(), ImportRequest.RowMode.VALID_ROWS);
        assertEquals(5_999, r.written());
        assertEquals(1, r.skipped());
        assertEquals(5_999, ws.layer("some_dup").count(Query.ALL));
    }

    @Test
    void replacingAnExistingLayerStillWorksAndIsAuditedPerRow() throws IOException {
        run(points("replace_me", 10, -1), "replace_me", Map.of());
        ImportResult r = new WorkspaceImport(ws).run(points("replacement", 4, -1),
                new ImportRequest("replace_me", Map.of(), null, ImportRequest.TargetMode.REPLACE, "tester"), org.onemap.dataimport.ImportProgress.NONE);
        assertEquals(4, r.written());
        assertEquals(4, ws.layer("replace_me").count(Query.ALL));
        assertEquals(1 + 10 + 4, count("SELECT COUNT(*) FROM onemap_audit WHERE layer = 'replace_me'"),
                "the load's summary, then each delete and insert of the replace");
    }

    /** {@code n} rectangles of random size (up to ~1 km) scattered at random over the Xiangtan area; key p0 … p(n-1). */
    private Path rectangles(String name, int n, Map<String, Geometry> written) throws IOException {
        Path shp = dir.resolve(name + ".shp");
        Random rnd = new Random(4);
        try (ShapefileWriter w = ShapefileWriter.builder(shp, ShapeType.POLYGON).charset(DbfCharsets.GBK)
                .fields(List.of(DbfField.text("bh", 10), DbfField.integer("xh", 9))).open()) {
            for (int i = 0; i < n; i++) {
                double x = 112.6 + rnd.nextDouble() * 0.4, y = 27.6 + rnd.nextDouble() * 0.4;
                Geometry g = GF.toGeometry(new Envelope(x, x + 0.0005 + rnd.nextDouble() * 0.01, y, y + 0.0005 + rnd.nextDouble() * 0.01));
                w.write(g, "p" + i, i);
                written.put("p" + i, g);
            }
            w.commit();
        }
        return shp;
    }

    private static long bulkTempFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("onemap-bulk-")).count();
        }
    }

    @Test
    void anImportedLayerComesBackCompleteAndWindowQueriesReturnExactlyTheFeaturesABruteForceFilterFinds() throws IOException {
        int n = 12_003; // written in Hilbert order, not file order: nothing may be lost, doubled or mixed up
        Map<String, Geometry> source = new HashMap<>();
        long tempBefore = bulkTempFiles();
        ImportResult r = run(rectangles("rects", n, source), "rects", Map.of());
        assertEquals(n, r.written());
        assertEquals(tempBefore, bulkTempFiles(), "the load's temp file is deleted");
        List<Feature> all = ws.layer("rects").list(Query.ALL);
        assertEquals(n, all.size());
        Set<Object> ids = new TreeSet<>();
        for (Feature f : all) {
            String key = (String) f.attributes().get("bh");
            assertTrue(f.geometry().equalsTopo(source.get(key)), key + " keeps its own geometry");
            assertEquals(Integer.parseInt(key.substring(1)), ((Number) f.attributes().get("xh")).intValue(), key + " keeps its own attributes");
            ids.add(f.id());
        }
        assertEquals(n, ids.size(), "every feature has its own id");
        Random rnd = new Random(7);
        for (int q = 0; q < 60; q++) {
            double x = 112.55 + rnd.nextDouble() * 0.5, y = 27.55 + rnd.nextDouble() * 0.5, size = rnd.nextDouble() * 0.05;
            Envelope window = new Envelope(x, x + size, y, y + size);
            Geometry box = GF.toGeometry(window);
            Set<String> expected = new TreeSet<>();
            source.forEach((key, g) -> { if (g.intersects(box)) expected.add(key); });
            Set<String> got = new TreeSet<>();
            for (Feature f : ws.layer("rects").list(Query.bbox(window))) got.add((String) f.attributes().get("bh"));
            assertEquals(expected, got, "window " + window);
        }
    }

    @Test
    void aCancelWhileTheHeldBackRowsAreWrittenLeavesNothingAndNoTempFile() throws IOException {
        Path shp = rectangles("cancelled", 12_000, new HashMap<>());
        long tempBefore = bulkTempFiles();
        boolean[] writing = {false};
        ImportProgress cancelWhileWriting = new ImportProgress() {
            @Override
            public void advance(String stage, long done, long total) { if (stage.startsWith("write ")) writing[0] = true; }

            @Override
            public boolean cancelled() { return writing[0]; }
        };
        assertThrows(ImportCancelledException.class, () -> new WorkspaceImport(ws).run(shp,
                new ImportRequest("cancelled", Map.of(), ImportRequest.RowMode.ALL, ImportRequest.TargetMode.CREATE, "tester"), cancelWhileWriting));
        assertTrue(writing[0], "the cancel came while writing");
        assertFalse(ws.hasLayer("cancelled"));
        assertEquals(0, stagingTables());
        assertEquals(tempBefore, bulkTempFiles(), "the load's temp file is deleted");
    }

    @Test
    void progressRunsOnceAcrossReadingWritingAndIndexingAndNeverGoesBack() throws IOException {
        Path shp = rectangles("phased", 12_000, new HashMap<>());
        List<String> stages = new java.util.ArrayList<>();
        List<Double> fractions = new java.util.ArrayList<>();
        ImportProgress recorder = new ImportProgress() {
            @Override
            public void advance(String stage, long done, long total) {
                stages.add(stage.substring(0, stage.indexOf(' ')));
                fractions.add(ImportProgress.fraction(done, total));
            }

            @Override
            public boolean cancelled() { return false; }
        };
        new WorkspaceImport(ws).run(shp, new ImportRequest("phased", Map.of(), ImportRequest.RowMode.ALL, ImportRequest.TargetMode.CREATE, "tester"), recorder);
        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) >= fractions.get(i - 1), "never back: " + stages.get(i) + " " + fractions.get(i) + " after " + fractions.get(i - 1));
        }
        assertEquals("read", stages.get(0));
        assertEquals("index", stages.get(stages.size() - 1));
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).equals("read")) assertTrue(fractions.get(i) <= 0.5, "reading fills the first half");
        }
        assertTrue(stages.contains("write") && fractions.get(stages.indexOf("write")) > 0.5 && fractions.get(stages.indexOf("write")) < 0.95,
                "writing moves the bar between reading and the index: " + fractions);
        assertEquals(0.95, fractions.get(fractions.size() - 1), 1e-6, "the index is the last 5 %");
    }
}
