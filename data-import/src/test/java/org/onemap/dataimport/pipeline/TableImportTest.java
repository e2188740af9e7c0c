package org.onemap.dataimport.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldType;
import org.onemap.core.feature.Query;
import org.onemap.dataimport.ImportCancelledException;
import org.onemap.dataimport.ImportException;
import org.onemap.dataimport.ImportParameters;
import org.onemap.dataimport.ImportProblem;
import org.onemap.dataimport.ImportProgress;
import org.onemap.dataimport.ImportReport;

/** Excel and CSV imports into a real H2GIS workspace: headers, coordinates, joins and every bad-input case. */
class TableImportTest extends ReferenceWorkspaceFixture {
    static final List<Object> HEADER = List.of("编号", "村名", "经度", "纬度", "作物", "面积(亩)");

    @Test
    void importsSurveyXlsxWithChineseHeadersWithoutTouchingTheFile() throws IOException {
        Path xlsx = Fixtures.xlsx(dir.resolve("调查.xlsx"), "地块", List.of(HEADER,
                List.of("P001", "团结村", 112.9083, 27.7612, "水稻", 3.5),
                List.of("P002", "和平村", "112°54'30\"", "27°46'12\"", "湘莲", 2.25),
                List.of("P003", "光明村", 112.81, 27.86, "蔬菜", 1)));
        String sum = Fixtures.sha256(xlsx);
        ImportResult r = run(xlsx, "survey_xlsx", Map.of(), ImportRequest.RowMode.ALL);
        assertEquals(3, r.written(), r.report().problems().toString());
        assertEquals(sum, Fixtures.sha256(xlsx), "the source file must not be modified");
        var layer = ws.layer("survey_xlsx");
        assertEquals(FieldType.DOUBLE, layer.schema().field("area_mu").orElseThrow().type(), layer.schema().toString());
        assertEquals(FieldType.STRING, layer.schema().field("code").orElseThrow().type());
        List<Feature> fs = layer.list(Query.ALL);
        Feature p2 = fs.stream().filter(f -> "P002".equals(f.get("code"))).findFirst().orElseThrow();
        Point pt = (Point) p2.geometry();
        assertEquals(112 + 54 / 60.0 + 30 / 3600.0, pt.getX(), 1e-9, "DMS longitude");
        assertEquals(27 + 46 / 60.0 + 12 / 3600.0, pt.getY(), 1e-9, "DMS latitude");
        assertEquals("湘莲", p2.get("crop"));
        assertEquals(r.importId(), p2.get(ImportCatalog.IMPORT_ID_FIELD));
    }

    /** Imports {@code file} into a new layer and returns the reading phase's progress reports as {done, total}. */
    private static List<long[]> readingProgress(Path file, String layer) {
        List<long[]> reports = new java.util.ArrayList<>();
        ImportProgress progress = new ImportProgress() {
            @Override
            public void advance(String stage, long done, long total) {
                if (stage.startsWith("read ")) synchronized (reports) { reports.add(new long[] {done, total}); }
            }

            @Override
            public boolean cancelled() { return false; }
        };
        new WorkspaceImport(ws).run(file, new ImportRequest(layer, Map.of(), ImportRequest.RowMode.ALL, ImportRequest.TargetMode.CREATE, "tester"), progress);
        return reports;
    }

    @Test
    void aWorkbookDeclaringItsSizeGivesTheReadingProgressARealTotal() throws IOException {
        List<List<Object>> rows = new java.util.ArrayList<>();
        rows.add(HEADER);
        for (int i = 0; i < 3_000; i++) rows.add(List.of("G" + i, "团结村", 112.9 + (i % 50) * 0.001, 27.76 + (i / 50) * 0.001, "水稻", 1.5));
        Path xlsx = Fixtures.xlsx(dir.resolve("sized.xlsx"), "地块", rows);
        List<long[]> reports = readingProgress(xlsx, "sized_xlsx");
        assertTrue(!reports.isEmpty(), "reading reported progress");
        for (long[] r : reports) {
            assertEquals(3_001, r[1], "the total is the sheet's declared last row");
            assertTrue(r[0] > 0 && r[0] <= r[1], r[0] + " of " + r[1]);
        }
    }

    @Test
    void aCsvGivesTheReadingProgressATotalEstimatedFromTheBytesRead() throws IOException {
        StringBuilder csv = new StringBuilder("编号,村名,经度,纬度,作物,面积(亩)\n");
        for (int i = 0; i < 20_000; i++) csv.append("K").append(i).append(",团结村,").append(112.9 + (i % 50) * 0.001).append(',')
                .append(27.76 + (i / 50) * 0.0001).append(",水稻,1.5\n");
        Path file = dir.resolve("big.csv");
        Files.writeString(file, csv, java.nio.charset.StandardCharsets.UTF_8);
        List<long[]> reports = readingProgress(file, "big_csv");
        long[] last = reports.get(reports.size() - 1);
        assertTrue(last[1] > 0, "the last report has a total");
        assertTrue(last[0] <= last[1] && last[0] >= 0.8 * last[1], "near the end: " + last[0] + " of " + last[1]);
        assertTrue(reports.stream().filter(r -> r[1] > 0).allMatch(r -> r[1] <= 20_001 + 1024), "estimates never run far past the file's end");
    }

    @Test
    void mergedHeaderCellsAreCombinedWithTheRowBelow() throws IOException {
        Path xlsx = Fixtures.xlsx(dir.resolve("merged.xlsx"), "Sheet1", List.of(
                List.of("编号", "村名", "坐标", "", "作物"),
                List.of("", "", "经度", "纬度", ""),
                List.of("M1", "团结村", 112.91, 27.76, "水稻"),
                List.of("M2", "和平村", 112.92, 27.77, "茶叶")), "C1:D1");
        ImportResult r = run(xlsx, "merged_header", Map.of(), ImportRequest.RowMode.ALL);
        assertEquals(2, r.written(), r.report().problems().toString());
        assertTrue(ws.layer("merged_header").schema().field("lon").isPresent(), ws.layer("merged_header").schema().toString());
        assertTrue(ws.layer("merged_header").schema().field("crop").isPresent());
    }

    @Test
    void emptySheetIsRejectedWithItsName() throws IOException {
        Path xlsx = Fixtures.xlsx(dir.resolve("empty.xlsx"), "空表", List.of());
        ImportException e = rejected(xlsx, "empty_sheet", Map.of());
        assertTrue(e.getMessage().contains("empty.xlsx") && e.getMessage().contains("空表") && e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void textInCoordinateCellsRejectsTheImportWithRowAndColumn() throws IOException {
        Path xlsx = Fixtures.xlsx(dir.resolve("text.xlsx"), "Sheet1", List.of(HEADER,
                List.of("T1", "团结村", 112.91, 27.76, "水稻", 1.0),
                List.of("T2", "和平村", "不详", 27.77, "水稻", 1.0)));
        ImportException e = rejected(xlsx, "text_coords", Map.of());
        ImportProblem p = e.problem();
        assertEquals(3, p.row(), e.getMessage());
        assertEquals("经度", p.column(), e.getMessage());
        assertTrue(e.getMessage().startsWith("text.xlsx:3:经度: "), e.getMessage());
        assertTrue(e.getMessage().contains("text in a coordinate cell"), e.getMessage());
    }

    @Test
    void validRowsModeImportsTheGoodRowsAndReportsTheRest() throws IOException {
        Path xlsx = Fixtures.xlsx(dir.resolve("mixed.xlsx"), "Sheet1", List.of(HEADER,
                List.of("V1", "团结村", 112.91, 27.76, "水稻", 1.0),
                List.of("V2", "和平村", "abc", 27.77, "水稻", 1.0),
                List.of("V3", "和平村", 0, 0, "水稻", 1.0),
                List.of("V1", "光明村", 112.81, 27.86, "水稻", 1.0),
                List.of("V5", "光明村", 112.81, 27.86, "水稻", "三亩"),
                List.of("V6", "光明村", 116.4, 39.9, "水稻", 1.0),
                List.of("V7", "光明村", 112.82, 27.87, "水稻", 2.0)));
        ImportResult r = run(xlsx, "valid_rows", Map.of(), ImportRequest.RowMode.VALID_ROWS);
        ImportReport rep = r.report();
        assertEquals(2, r.written(), rep.problems().toString());
        assertEquals(5, r.skipped(), rep.problems().toString());
        assertHas(rep, 3, "text in a coordinate cell");
        assertHas(rep, 4, "0/0 coordinates");
        assertHas(rep, 5, "duplicate key");
        assertHas(rep, 6, "text in a number column");
        assertHas(rep, 7, "outside the Xiangtan area");
        Path report = dir.resolve("report.xlsx");
        rep.writeXlsx(report);
        assertTrue(Files.size(report) > 0);
    }

    private static void assertHas(ImportReport rep, long row, String what) {
        assertTrue(rep.errors().stream().anyMatch(p -> p.row() == row && p.problem().contains(what)),
                "expected an error '" + what + "' on row " + row + " in " + rep.problems());
    }

    @Test
    void swappedLatLonRowsAreSwappedBackAndReported() throws IOException {
        Path xlsx = Fixtures.xlsx(dir.resolve("swapped.xlsx"), "Sheet1", List.of(HEADER,
                List.of("S1", "团结村", 112.91, 27.76, "水稻", 1.0),
                List.of("S2", "和平村", 27.77, 112.92, "水稻", 1.0)));
        ImportResult r = run(xlsx, "swapped", Map.of(), ImportRequest.RowMode.ALL);
        assertEquals(2, r.written());
        assertTrue(r.report().problems().stream().anyMatch(p -> p.row() == 3 && p.problem().contains("swapped") && p.fix().equals("swapped back")),
                r.report().problems().toString());
        Feature s2 = ws.layer("swapped").list(Query.ALL).stream().filter(f -> "S2".equals(f.get("code"))).findFirst().orElseThrow();
        assertEquals(112.92, s2.geometry().getCoordinate().x, 1e-9);
    }

    @Test
    void zeroZeroCoordinatesAreRejected() throws IOException {
        Path xlsx = Fixtures.xlsx(dir.resolve("zero.xlsx"), "Sheet1", List.of(HEADER, List.of("Z1", "团结村", 0, 0, "水稻", 1.0)));
        ImportException e = rejected(xlsx, "zero_zero", Map.of());
        assertTrue(e.getMessage().contains("zero.xlsx:2") && e.getMessage().contains("0/0"), e.getMessage());
    }

    @Test
    void joinsByVillageNameAndSuggestsNearNames() throws IOException {
        Path xlsx = Fixtures.xlsx(dir.resolve("names.xlsx"), "Sheet1", List.of(
                List.of("编号", "村名", "作物"),
                List.of("N1", "团结村", "水稻"),
                List.of("N2", "和平", "茶叶"),
                List.of("N3", "团洁村", "茶叶")));
        ImportResult r = run(xlsx, "by_name", Map.of(), ImportRequest.RowMode.VALID_ROWS);
        assertEquals(2, r.written(), r.report().problems().toString());
        ImportProblem bad = r.report().errors().get(0);
        assertEquals(4, bad.row());
        assertTrue(bad.problem().contains("did you mean 团结村"), bad.toString());
        Feature n2 = ws.layer("by_name").list(Query.ALL).stream().filter(f -> "N2".equals(f.get("code"))).findFirst().orElseThrow();
        assertEquals("430321101002", n2.get("matched_code"));
        assertEquals(112.92, n2.geometry().getCoordinate().x, 1e-9, "placed at 和平村");
    }

    @Test
    void joinsByAdminCodeOfEveryLevel() throws IOException {
        Path xlsx = Fixtures.xlsx(dir.resolve("codes.xlsx"), "Sheet1", List.of(
                List.of("编号", "行政区划代码", "人口"),
                List.of("C1", "430321101001", 120),
                List.of("C2", "430321102", 300),
                List.of("C3", "430321", 5000)));
        ImportResult r = run(xlsx, "by_code", Map.of(ImportParameters.JOIN_CODE, "行政区划代码"), ImportRequest.RowMode.ALL);
        assertEquals(3, r.written(), r.report().problems().toString());
        Feature c2 = ws.layer("by_code").list(Query.ALL).stream().filter(f -> "C2".equals(f.get("code"))).findFirst().orElseThrow();
        assertEquals(112.80, c2.geometry().getCoordinate().x, 1e-9, "placed at 射埠镇");
    }

    @Test
    void unknownAdminCodeRejectsWithSuggestion() throws IOException {
        Path xlsx = Fixtures.xlsx(dir.resolve("badcode.xlsx"), "Sheet1", List.of(
                List.of("编号", "村代码"), List.of("B1", "430321101009")));
        ImportException e = rejected(xlsx, "bad_code", Map.of());
        assertTrue(e.getMessage().contains("unknown admin code") && e.getMessage().contains("430321101001"), e.getMessage());
    }

    @Test
    void gbkCsvWithGaussKrugerXyInSurveyOrderImports() throws IOException {
        // X = northing, Y = easting with zone prefix 38 (CGCS2000 3° CM 114E): Chinese survey order
        double[] en = org.onemap.core.crs.CoordinateTransform.between("EPSG:4326", "EPSG:4526").transform(112.91, 27.76);
        String csv = "编号,X,Y,作物\nG1," + en[1] + "," + en[0] + ",水稻\n";
        Path file = dir.resolve("gk.csv");
        Files.writeString(file, csv, Charset.forName("GBK"));
        ImportResult r = run(file, "gk_csv", Map.of(), ImportRequest.RowMode.ALL);
        assertEquals(1, r.written(), r.report().problems().toString());
        Feature f = ws.layer("gk_csv").list(Query.ALL).get(0);
        assertEquals(112.91, f.geometry().getCoordinate().x, 1e-6);
        assertEquals(27.76, f.geometry().getCoordinate().y, 1e-6);
        assertEquals("水稻", f.get("crop"), "GBK text decoded");
    }

    @Test
    void cancelledImportWritesNothing() throws IOException {
        Path xlsx = Fixtures.xlsx(dir.resolve("cancel.xlsx"), "Sheet1", List.of(HEADER, List.of("X1", "团结村", 112.91, 27.76, "水稻", 1.0)));
        String before = ReferenceWorkspace.state(ws);
        ImportProgress cancelled = new ImportProgress() {
            @Override
            public void advance(String stage, long done, long total) { }

            @Override
            public boolean cancelled() { return true; }
        };
        assertThrows(ImportCancelledException.class, () -> new WorkspaceImport(ws).run(xlsx,
                new ImportRequest("cancelled", Map.of(), null, null, "tester"), cancelled));
        assertEquals(before, ReferenceWorkspace.state(ws));
    }

    @Test
    void everyNonEmptySheetIsImportedAndAnEmptyOneIsReported() throws IOException {
        Path xlsx = dir.resolve("sheets.xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            Fixtures.fill(wb.createSheet("花石镇"), List.of(HEADER, List.of("H1", "团结村", 112.91, 27.76, "水稻", 1.0)));
            wb.createSheet("空");
            Fixtures.fill(wb.createSheet("射埠镇"), List.of(List.of("湘潭县射埠镇2024年调查表"), HEADER, List.of("H2", "光明村", 112.81, 27.86, "茶叶", 2.0)));
            try (var out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }
        ImportResult r = run(xlsx, "sheets", Map.of(), ImportRequest.RowMode.ALL);
        assertEquals(2, r.written(), r.report().problems() + " " + r.report().notes());
        assertTrue(r.report().problems().stream().anyMatch(p -> p.sheet().equals("空") && p.problem().contains("no data rows")), r.report().problems().toString());
    }

    @Test
    void legacyXlsWithBareGaussKrugerEastingsImportsInXiangtansZone() throws IOException {
        double[] en = org.onemap.core.crs.CoordinateTransform.between("EPSG:4326", "EPSG:4547").transform(112.91, 27.76);
        Path xls = dir.resolve("old.xls");
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
            Fixtures.fill(wb.createSheet("Sheet1"), List.of(List.of("编号", "东坐标", "北坐标"), List.of("L1", en[0], en[1])));
            try (var out = Files.newOutputStream(xls)) {
                wb.write(out);
            }
        }
        ImportResult r = run(xls, "legacy_xls", Map.of(), ImportRequest.RowMode.ALL);
        assertEquals(1, r.written(), r.report().problems().toString());
        assertTrue(r.report().notes().stream().anyMatch(n -> n.contains("EPSG:4547")), r.report().notes().toString());
        Feature f = ws.layer("legacy_xls").list(Query.ALL).get(0);
        assertEquals(112.91, f.geometry().getCoordinate().x, 1e-7);
    }

    @Test
    void aPlaceJustOutsideTheAreaIsKeptWithAWarning() throws IOException {
        Path xlsx = Fixtures.xlsx(dir.resolve("near.xlsx"), "Sheet1", List.of(List.of("名称", "经度", "纬度"), List.of("长沙", 112.97, 28.20)));
        ImportResult r = run(xlsx, "near_area", Map.of(), ImportRequest.RowMode.ALL);
        assertEquals(1, r.written());
        assertTrue(r.report().problems().stream().anyMatch(p -> !p.isError() && p.problem().contains("outside the Xiangtan area")),
                r.report().problems().toString());
    }

    @Test
    void aNotesSheetIsSkippedButAMissingNamedColumnIsAnError() throws IOException {
        Path xlsx = dir.resolve("notes.xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            Fixtures.fill(wb.createSheet("说明"), List.of(List.of("本表为模拟数据，仅供演示。")));
            Fixtures.fill(wb.createSheet("数据"), List.of(HEADER, List.of("N1", "团结村", 112.91, 27.76, "水稻", 1.0)));
            try (var out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }
        ImportResult r = run(xlsx, "with_notes", Map.of(), ImportRequest.RowMode.ALL);
        assertEquals(1, r.written(), r.report().problems().toString());
        assertTrue(r.report().problems().stream().anyMatch(p -> p.sheet().equals("说明") && p.fix().equals("sheet skipped")), r.report().problems().toString());
        ImportException e = rejected(xlsx, "no_such_column", Map.of(ImportParameters.X, "东经", ImportParameters.Y, "北纬"));
        assertTrue(e.getMessage().contains("no column '东经'") && e.getMessage().contains("经度"), e.getMessage());
    }

    @Test
    void textInANumberColumnRejectsTheWholeImportAndRemovesTheNewLayer() throws IOException {
        Path xlsx = Fixtures.xlsx(dir.resolve("area.xlsx"), "Sheet1", List.of(HEADER,
                List.of("A1", "团结村", 112.91, 27.76, "水稻", 1.5),
                List.of("A2", "团结村", 112.91, 27.76, "水稻", 2.0),
                List.of("A3", "和平村", 112.92, 27.77, "水稻", "三亩")));
        ImportException e = rejected(xlsx, "area_text", Map.of());
        assertTrue(e.getMessage().startsWith("area.xlsx:4:面积(亩): ") && e.getMessage().contains("text in a number column"), e.getMessage());
    }
}
