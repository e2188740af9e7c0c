package org.onemap.dataimport.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.onemap.core.feature.Feature;
import org.onemap.dataimport.shapefile.CharsetChoice;
import org.onemap.dataimport.shapefile.ShapefileReader;
import org.onemap.dataimport.shapefile.ShapefileWriter;

class SurveyDatasetWriterTest {
    private static final GeometryFactory GF = new GeometryFactory();
    private static final String[] CROPS = {"水稻", "湘莲", "蔬菜", "油菜", "茶叶", "柑橘"};

    @TempDir Path dir;

    private static SurveyParcel parcel(int i) {
        double x = 112.9 + (i % 100) * 0.001, y = 27.8 + (i / 100) * 0.001;
        Polygon square = GF.createPolygon(new Coordinate[] {new Coordinate(x, y), new Coordinate(x + 0.0005, y),
                new Coordinate(x + 0.0005, y + 0.0005), new Coordinate(x, y + 0.0005), new Coordinate(x, y)});
        return new SurveyParcel(String.format("430321-012-%05d", i), CROPS[i % CROPS.length], 4.0 + i / 100.0,
                "户主" + i, "430321100201", "430321", i % 2 == 0 ? LocalDate.of(2024, 6, 1) : null, square);
    }

    @Test
    void writesAGbkShapefileAndAnXlsxThatReadBack() throws IOException {
        try (SurveyDatasetWriter w = SurveyDatasetWriter.open(dir, "parcels")) {
            for (int i = 0; i < 250; i++) w.write(parcel(i));
            assertEquals(250, w.count());
            w.commit();
        }
        Set<String> names;
        try (var files = Files.list(dir)) {
            names = files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
        assertEquals(Set.of("parcels.shp", "parcels.shx", "parcels.dbf", "parcels.cpg", "parcels.prj", "parcels.xlsx"), names);
        assertEquals(ShapefileWriter.WGS84_PRJ, Files.readString(dir.resolve("parcels.prj")));

        List<Feature> features = new ArrayList<>();
        try (ShapefileReader r = ShapefileReader.open(dir.resolve("parcels.shp"))) {
            assertEquals(CharsetChoice.Source.CPG, r.charset().source());
            assertEquals("GBK", r.charset().charset().name());
            r.forEach(features::add);
        }
        assertEquals(250, features.size());
        Feature f = features.get(7);
        assertEquals("430321-012-00007", f.get("parcel_cod"));
        assertEquals(CROPS[7 % CROPS.length], f.get("crop"));
        assertEquals(4.07, f.get("area_mu"));
        assertEquals("户主7", f.get("owner"));
        assertEquals("430321100201", f.get("village_co"));
        assertEquals("430321", f.get("county_cod"));
        assertEquals(null, f.get("survey_dat"));
        assertEquals(LocalDate.of(2024, 6, 1), features.get(8).get("survey_dat"));
        assertEquals(Boolean.TRUE, f.get("generated"), "every record is labelled as generated");
        assertTrue(parcel(7).geometry().norm().equalsExact(f.geometry().norm()), "geometry of parcel 7");

        try (XSSFWorkbook wb = new XSSFWorkbook(dir.resolve("parcels.xlsx").toFile())) {
            Sheet s = wb.getSheet("地块调查");
            assertEquals(250, s.getLastRowNum(), "one row per parcel below the header");
            assertEquals(SurveyField.PARCEL_CODE.title(), s.getRow(0).getCell(0).getStringCellValue());
            assertEquals(SurveyField.LON, SurveyField.byTitle(s.getRow(0).getCell(6).getStringCellValue()).orElseThrow());
            Row r = s.getRow(8);
            assertEquals("430321-012-00007", r.getCell(0).getStringCellValue());
            assertEquals(4.07, r.getCell(2).getNumericCellValue(), "the same 2-decimal area as the shapefile");
            assertEquals(112.907 + 0.00025, r.getCell(6).getNumericCellValue(), 1e-9, "centroid lon");
            assertEquals(27.8 + 0.00025, r.getCell(7).getNumericCellValue(), 1e-9, "centroid lat");
            assertTrue(wb.getSheet("说明").getRow(0).getCell(0).getStringCellValue().startsWith("模拟数据"));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void anAbandonedRunLeavesNothingBehind() throws IOException {
        try (SurveyDatasetWriter w = SurveyDatasetWriter.open(dir, "parcels")) {
            w.write(parcel(1));
            // generator fails here: no commit
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.toList(), "no half-written parcels.* and no temp files");
        }
    }

    @Test
    void reportsTheTruncatedShapefileFieldNames() throws IOException {
        try (SurveyDatasetWriter w = SurveyDatasetWriter.open(dir, "p", false)) {
            assertEquals("village_co", w.shapefileFieldNames().get("village_code"));
            assertEquals("parcel_cod", w.shapefileFieldNames().get("parcel_code"));
            assertTrue(w.xlsxFile().isEmpty());
        }
    }
}
