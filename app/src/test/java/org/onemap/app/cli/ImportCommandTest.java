package org.onemap.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.algorithm.distance.DiscreteHausdorffDistance;
import org.locationtech.jts.geom.Geometry;
import org.onemap.core.crs.CoordinateTransform;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.Query;
import org.onemap.datasources.h2gis.H2gisWorkspace;

/** {@code onemap import} on a freshly seeded workspace: real files in, exit codes and located messages out. */
class ImportCommandTest {
    static final List<Object> HEADER = List.of("编号", "村名", "经度", "纬度", "作物", "面积(亩)");

    @TempDir static Path tmp;
    @TempDir Path dir;
    static String ws;

    @BeforeAll
    static void seed() {
        ws = SeededCliWorkspace.seeded(tmp.resolve("ws"), 300);
    }

    static Path xlsx(Path file, List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("调查");
            for (int r = 0; r < rows.size(); r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object v = rows.get(r).get(c);
                    if (v instanceof Number n) row.createCell(c).setCellValue(n.doubleValue());
                    else if (v != null) row.createCell(c).setCellValue(v.toString());
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    /** Layer names with counts plus the audit row count, through the CLI. */
    static String state() {
        CliRun layers = CliRun.of("layers", "--workspace", ws);
        CliRun audit = CliRun.of("sql", "SELECT COUNT(*) FROM onemap_audit", "--workspace", ws);
        return layers.out() + audit.out();
    }

    /** Two real villages of the seeded workspace: name → {code, lon, lat}. */
    static Map<String, Object[]> villages(int n) {
        Map<String, Object[]> out = new HashMap<>();
        try (H2gisWorkspace w = H2gisWorkspace.open(Path.of(ws), "tester")) {
            for (Feature f : w.layer("village").list(Query.ALL.withLimit(200))) {
                String name = (String) f.get("name");
                long same = w.layer("village").list(Query.ALL).stream().filter(g -> name.equals(g.get("name"))).count();
                if (same == 1) out.put(name, new Object[] {f.get("code"), f.geometry().getCoordinate().x, f.geometry().getCoordinate().y});
                if (out.size() == n) break;
            }
        }
        return out;
    }

    @Test
    void gcj02ShapefileWithSrsLandsOnTheWgs84CountyBoundaries() throws Exception {
        for (String ext : List.of("shp", "shx", "dbf", "cpg")) {
            try (InputStream in = getClass().getResourceAsStream("/import/xiangtan_districts." + ext)) {
                assertTrue(in != null, "test resource import/xiangtan_districts." + ext + " is missing");
                Files.copy(in, dir.resolve("xiangtan_districts." + ext));
            }
        }
        CliRun r = CliRun.of("import", dir.resolve("xiangtan_districts.shp").toString(), "--srs", "GCJ-02", "--layer", "districts", "--workspace", ws);
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("imported 5 features into layer districts"), r::toString);
        try (H2gisWorkspace w = H2gisWorkspace.open(Path.of(ws), "tester")) {
            Map<String, Geometry> county = new HashMap<>();
            w.layer("county").read(Query.ALL, f -> county.put((String) f.get("name"), f.geometry()));
            CoordinateTransform toMetres = CoordinateTransform.between("EPSG:4326", "EPSG:4547");
            for (Feature d : w.layer("districts").list(Query.ALL)) {
                String name = (String) d.get("name");
                Geometry ref = county.get(name);
                assertTrue(ref != null, "county layer has " + name);
                Geometry a = toMetres.transform(d.geometry()), b = toMetres.transform(ref);
                Geometry raw = toMetres.transform(CoordinateTransform.between("GCJ-02", "EPSG:4326").inverse().transform(d.geometry()));
                double centroid = a.getCentroid().distance(b.getCentroid());
                double rawCentroid = raw.getCentroid().distance(b.getCentroid());
                double overlap = a.intersection(b).getArea() / a.union(b).getArea();
                // the county layer comes from another source (Amap fences), so boundaries differ by vertex density
                // (Hausdorff up to ~200 m on 岳塘区); centroids and area overlap show the datum is right
                String facts = String.format("%s: centroid %.1f m from the county layer's (%.1f m if GCJ-02 were taken as WGS84), "
                        + "area overlap %.4f, Hausdorff %.0f m", name, centroid, rawCentroid, overlap, DiscreteHausdorffDistance.distance(a, b));
                assertTrue(centroid < 50, facts);
                assertTrue(rawCentroid > 300, "the GCJ-02 shift must be visible without --srs: " + facts);
                assertTrue(overlap > 0.98, facts);
            }
        }
    }

    @Test
    void surveyXlsxImportsAndCanBeUndone() throws Exception {
        Path file = xlsx(dir.resolve("survey.xlsx"), List.of(HEADER,
                List.of("P001", "团结村", 112.9083, 27.7612, "水稻", 3.5),
                List.of("P002", "和平村", "112°54'30\"", "27°46'12\"", "湘莲", 2.25)));
        CliRun r = CliRun.of("import", file.toString(), "--layer", "survey_cli", "--workspace", ws);
        assertEquals(0, r.exit(), r::toString);
        String id = r.out().replaceAll("(?s).*import id (imp-[0-9a-f-]+).*", "$1").trim();
        assertTrue(id.startsWith("imp-"), r::toString);
        CliRun q = CliRun.of("query", "--layer", "survey_cli", "--workspace", ws);
        assertEquals("2", q.out().trim(), q::toString);
        CliRun list = CliRun.of("import", "--list", "--workspace", ws);
        assertTrue(list.out().contains(id + ",survey_cli,survey.xlsx,2"), list::toString);
        CliRun undo = CliRun.of("import", "--undo", id, "--workspace", ws);
        assertEquals(0, undo.exit(), undo::toString);
        assertFalse(CliRun.of("layers", "--workspace", ws).out().contains("survey_cli"), "layer removed by undo");
    }

    @Test
    void joinsRowsToRealVillagesByNameAndCode() throws Exception {
        Map<String, Object[]> v = villages(2);
        assertEquals(2, v.size(), "the seeded workspace has villages with unique names");
        var it = v.entrySet().iterator();
        var a = it.next();
        var b = it.next();
        Path byName = xlsx(dir.resolve("names.xlsx"), List.of(List.of("编号", "村名", "作物"), List.of("J1", a.getKey(), "水稻"), List.of("J2", b.getKey(), "茶叶")));
        CliRun r = CliRun.of("import", byName.toString(), "--layer", "joined_names", "--join-name", "村名", "--workspace", ws);
        assertEquals(0, r.exit(), r::toString);
        Path byCode = xlsx(dir.resolve("codes.xlsx"), List.of(List.of("编号", "村代码"), List.of("K1", a.getValue()[0])));
        CliRun c = CliRun.of("import", byCode.toString(), "--layer", "joined_codes", "--workspace", ws);
        assertEquals(0, c.exit(), c::toString);
        CliRun sql = CliRun.of("sql", "SELECT ST_X(geom) FROM joined_codes", "--workspace", ws);
        assertEquals((double) a.getValue()[1], Double.parseDouble(sql.out().lines().toList().get(1)), 1e-9, sql::toString);
    }

    @Test
    void rejectedImportPrintsLocatedErrorsWritesTheReportAndChangesNothing() throws Exception {
        Path file = xlsx(dir.resolve("bad.xlsx"), List.of(HEADER,
                List.of("B1", "团结村", 112.91, 27.76, "水稻", 1.0),
                List.of("B2", "和平村", "不详", 27.77, "水稻", 1.0),
                List.of("B3", "和平村", 0, 0, "水稻", 1.0)));
        Path report = dir.resolve("out/report.xlsx");
        String before = state();
        CliRun r = CliRun.of("import", file.toString(), "--layer", "bad", "--report", report.toString(), "--workspace", ws);
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.err().startsWith("onemap: error: bad.xlsx:3:经度: "), r::toString);
        assertTrue(r.err().contains("onemap: error: bad.xlsx:4: ") && r.err().contains("0/0"), r::toString);
        assertEquals(before, state(), "a rejected import writes nothing");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(report))) {
            assertEquals(2, wb.getSheetAt(0).getLastRowNum(), "report: header + one row per problem");
            assertEquals("经度", wb.getSheetAt(0).getRow(1).getCell(3).getStringCellValue());
        }
        CliRun valid = CliRun.of("import", file.toString(), "--layer", "bad", "--mode", "valid-rows", "--workspace", ws);
        assertEquals(0, valid.exit(), valid::toString);
        assertTrue(valid.out().contains("imported 1 features") && valid.out().contains("2 rows skipped"), valid::toString);
    }

    @Test
    void unknownPrjIsAnErrorUntilSrsIsGiven() throws Exception {
        for (String ext : List.of("shp", "shx", "dbf", "cpg")) {
            try (InputStream in = getClass().getResourceAsStream("/import/xiangtan_districts." + ext)) {
                Files.copy(in, dir.resolve("d." + ext));
            }
        }
        Files.writeString(dir.resolve("d.prj"), "PROJCS[\"Lambert\",GEOGCS[\"GCS_Unknown\",DATUM[\"D_Unknown\",SPHEROID[\"x\",6378245.0,298.3]]],"
                + "PROJECTION[\"Lambert_Conformal_Conic\"]]");
        CliRun r = CliRun.of("import", dir.resolve("d.shp").toString(), "--workspace", ws);
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.err().startsWith("onemap: error: d.shp: ") && r.err().contains("--srs"), r::toString);
    }

    @Test
    void malformedOptionsAreUsageErrors() {
        assertEquals(2, CliRun.of("import", "--workspace", ws).exit(), "no file");
        assertEquals(2, CliRun.of("import", "x.xlsx", "--x", "经度", "--workspace", ws).exit(), "--x without --y");
        assertEquals(2, CliRun.of("import", "x.xlsx", "--mode", "sometimes", "--workspace", ws).exit(), "bad mode");
        assertEquals(2, CliRun.of("import", "x.xlsx", "--append", "--replace", "--workspace", ws).exit(), "append and replace");
        CliRun missing = CliRun.of("import", dir.resolve("nope.xlsx").toString(), "--workspace", ws);
        assertEquals(1, missing.exit(), missing::toString);
        assertTrue(missing.err().contains("nope.xlsx: no such file"), missing::toString);
    }

    @Test
    void aFolderImportsEachFileIntoItsOwnLayerAndReportsTheRejectedOnes() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("batch"));
        xlsx(folder.resolve("good.xlsx"), List.of(HEADER, List.of("F1", "团结村", 112.91, 27.76, "水稻", 1.0)));
        xlsx(folder.resolve("broken.xlsx"), List.of(HEADER, List.of("F2", "团结村", "不详", 27.76, "水稻", 1.0)));
        Files.writeString(folder.resolve("notes.txt.bak"), "not importable");
        CliRun r = CliRun.of("import", folder.toString(), "--workspace", ws);
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.out().contains("good.xlsx: imported 1 features into layer good") && r.out().contains("1 of 2 files imported"), r::toString);
        assertTrue(r.err().contains("onemap: error: broken.xlsx:2:经度: "), r::toString);
        assertFalse(CliRun.of("layers", "--workspace", ws).out().contains("broken"), "nothing of the rejected file was written");
    }

    @Test
    void aFolderWithColumnFlagsAppliesThemOnlyToFilesThatHaveThoseColumns() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("flags"));
        xlsx(folder.resolve("titled.xlsx"), List.of(HEADER, List.of("T1", "团结村", 112.91, 27.76, "水稻", 1.0)));
        Files.writeString(folder.resolve("lonlat.csv"), "编号,作物,lon,lat\nL1,湘莲,112.92,27.77\n", java.nio.charset.StandardCharsets.UTF_8);
        CliRun r = CliRun.of("import", folder.toString(), "--x", "经度", "--y", "纬度", "--workspace", ws);
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("2 of 2 files imported"), r::toString);
    }
}
