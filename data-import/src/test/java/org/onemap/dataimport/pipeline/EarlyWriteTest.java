package org.onemap.dataimport.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.onemap.core.crs.CrsRegistry;
import org.onemap.core.feature.FieldType;
import org.onemap.core.feature.Query;
import org.onemap.dataimport.ImportCancelledException;
import org.onemap.dataimport.ImportException;
import org.onemap.dataimport.ImportProgress;
import org.onemap.dataimport.SourceRecord;

/**
 * A table's rows are written while the file is still read when they come in spatial order, with the types
 * the first rows imply; whatever the rest of the file holds, the layer is the one the usual path makes, and
 * every way out leaves nothing behind.
 */
class EarlyWriteTest extends ReferenceWorkspaceFixture {
    /** A CSV of {@code n} survey points along rows of a grid (in spatial order); {@code note(i)} fills the 备注 column. */
    private Path grid(String name, int n, IntFunction<String> note, IntFunction<String> lat) throws IOException {
        StringBuilder csv = new StringBuilder("编号,经度,纬度,面积(亩),备注\n");
        for (int i = 0; i < n; i++) {
            double x = 112.95 - (i % 100) * 0.001, y = 27.95 - (i / 100) * 0.001; // from the north-east corner
            csv.append("R").append(i).append(',').append(x).append(',').append(lat.apply(i) == null ? Double.toString(y) : lat.apply(i))
                    .append(',').append(1 + i % 7 * 0.25).append(',').append(note.apply(i)).append('\n');
        }
        Path file = dir.resolve(name + ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    private static long count(String sql) {
        return ((Number) ws.sql(sql).rows().get(0).get(0)).longValue();
    }

    private static long stagingTables() {
        return count("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME LIKE 'ONEMAP_LOAD_%'");
    }

    private static String codeOf(String layer, long id) {
        return (String) ws.sql("SELECT code FROM " + layer + " WHERE id = " + id).rows().get(0).get(0);
    }

    @Test
    void rowsInSpatialOrderAreWrittenAsTheyComeIntoTheSameLayer() throws IOException {
        int n = 6_000;
        ImportResult r = run(grid("ordered", n, i -> Integer.toString(i % 13), i -> null), "early_ordered", Map.of());
        assertEquals(n, r.written(), r.report().problems().toString());
        assertEquals(n, ws.layer("early_ordered").count(Query.ALL));
        // written as they came: ids follow the file (held back for Hilbert order, the first id would go to another row)
        assertEquals("R0", codeOf("early_ordered", 1));
        assertEquals("R5999", codeOf("early_ordered", n));
        var schema = ws.layer("early_ordered").schema();
        assertEquals(FieldType.DOUBLE, schema.field("area_mu").orElseThrow().type(), schema.toString());
        assertEquals(FieldType.LONG, schema.field("note").orElseThrow().type(), schema.toString());
        assertTrue(r.report().notes().stream().anyMatch(s -> s.startsWith("new layer early_ordered")), r.report().notes().toString());
        assertEquals(1, count("SELECT COUNT(*) FROM onemap_audit WHERE layer = 'early_ordered'"), "one audited operation");
        assertEquals(1, count("SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_NAME = 'EARLY_ORDERED' AND INDEX_TYPE_NAME = 'SPATIAL INDEX'"));
        assertEquals(0, stagingTables());
    }

    @Test
    void aColumnThatTurnsToTextAfterTheFirstRowsIsWrittenAgainWithItsRealType() throws IOException {
        int n = 3_000; // the first 2000 say 备注 is a number column; a third of the file says text
        ImportResult r = run(grid("turns", n, i -> i < 2_000 ? Integer.toString(i) : "无", i -> null), "early_turns", Map.of());
        assertEquals(n, r.written(), r.report().problems().toString());
        assertTrue(r.report().errors().isEmpty(), r.report().problems().toString());
        var schema = ws.layer("early_turns").schema();
        assertEquals(FieldType.STRING, schema.field("note").orElseThrow().type(), schema.toString());
        assertEquals(1, count("SELECT COUNT(*) FROM early_turns WHERE note = '无' AND code = 'R2500'"));
        assertEquals(1, count("SELECT COUNT(*) FROM onemap_audit WHERE layer = 'early_turns'"), "only the second write was published");
        assertEquals(0, stagingTables(), "the early write's staging table is dropped");
    }

    @Test
    void aProblemAfterTheFirstRowsRejectsTheImportAndLeavesNothing() throws IOException {
        ImportException e = rejected(grid("late_bad", 4_000, i -> "", i -> i == 3_500 ? "不详" : null), "early_late_bad", Map.of());
        assertTrue(e.getMessage().startsWith("late_bad.csv:3502:纬度: "), e.getMessage());
        assertEquals(0, stagingTables());
    }

    @Test
    void aWorkbookWhoseSheetIsCutShortAfterTheEarlyWriteBeganIsRejectedWholeAndLeavesNothing() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("编号", "经度", "纬度", "面积(亩)"));
        for (int i = 0; i < 5_000; i++) rows.add(List.of("C" + i, 112.95 - (i % 100) * 0.001, 27.95 - (i / 100) * 0.001, 1.5));
        Path whole = Fixtures.xlsx(dir.resolve("whole.xlsx"), "地块", rows);
        Path cut = dir.resolve("cut.xlsx");
        // a valid zip whose sheet part stops after ~70 % of its XML (at a tag boundary, so only the unclosed elements tell)
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(whole.toFile());
             java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(cut))) {
            for (java.util.zip.ZipEntry e : Collections.list(in.entries())) {
                byte[] data = in.getInputStream(e).readAllBytes();
                if (e.getName().startsWith("xl/worksheets/sheet")) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    data = xml.substring(0, xml.indexOf("<row ", xml.length() * 7 / 10)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
        ImportException e = rejected(cut, "early_cut", Map.of());
        assertTrue(e.getMessage().contains("cut short") && e.getMessage().contains("nothing imported"), e.getMessage());
        assertEquals(0, stagingTables());
    }

    @Test
    void aCancelDuringTheEarlyWriteLeavesNothing() throws IOException {
        Path csv = grid("cancel", 8_000, i -> "", i -> null);
        String before = ReferenceWorkspace.state(ws);
        ImportProgress cancelAfter5000 = new ImportProgress() {
            private volatile boolean cancelled;

            @Override
            public void advance(String stage, long done, long total) {
                if (done >= 5_000) cancelled = true;
            }

            @Override
            public boolean cancelled() { return cancelled; }
        };
        assertThrows(ImportCancelledException.class, () -> new WorkspaceImport(ws).run(csv,
                new ImportRequest("early_cancel", Map.of(), ImportRequest.RowMode.ALL, ImportRequest.TargetMode.CREATE, "tester"), cancelAfter5000));
        assertEquals(before, ReferenceWorkspace.state(ws));
        assertFalse(ws.hasLayer("early_cancel"));
        assertEquals(0, stagingTables());
    }

    @Test
    void onlyRowsThatFollowEachOtherOnTheGroundCountAsInOrder() {
        GeometryFactory gf = new GeometryFactory();
        List<SourceRecord> rows = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            rows.add(new SourceRecord("", i + 2, gf.createPoint(new Coordinate(112.6 + (i % 50) * 0.01, 27.6 + (i / 50) * 0.01)), CrsRegistry.WGS84, Map.of()));
        }
        assertTrue(EarlyWrite.inSpatialOrder(rows), "a grid listed row by row");
        Collections.shuffle(rows, new Random(7));
        assertFalse(EarlyWrite.inSpatialOrder(rows), "the same points shuffled");
    }
}
