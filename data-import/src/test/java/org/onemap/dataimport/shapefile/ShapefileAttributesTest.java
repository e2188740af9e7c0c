package org.onemap.dataimport.shapefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldType;
import org.onemap.core.feature.LayerSchema;

class ShapefileAttributesTest {
    private static final GeometryFactory GF = new GeometryFactory();
    private static final List<DbfField> TYPED = List.of(
            DbfField.text("name", 20), DbfField.integer("count", 9), DbfField.integer("big", 15),
            DbfField.decimal("area_mu", 12, 2), DbfField.logical("irrigated"), DbfField.date("surveyed"));

    @TempDir Path dir;

    private List<Feature> readAll(Path shp) throws IOException {
        List<Feature> out = new ArrayList<>();
        try (ShapefileReader r = ShapefileReader.open(shp)) {
            for (Feature f = r.read(); f != null; f = r.read()) out.add(f);
        }
        return out;
    }

    @Test
    void typedValuesRoundTrip() throws IOException {
        Path shp = dir.resolve("typed.shp");
        try (ShapefileWriter w = ShapefileWriter.create(shp, ShapeType.POINT, TYPED)) {
            w.write(GF.createPoint(new Coordinate(1, 2)), "湘莲", 42, 123456789012345L, 3.256, true, LocalDate.of(2024, 5, 31));
            w.write(GF.createPoint(new Coordinate(1, 2)), "油菜", -7, -1L, -0.5, false, LocalDate.of(1999, 1, 1));
            w.commit();
        }
        List<Feature> f = readAll(shp);
        assertEquals(Map.of("name", "湘莲", "count", 42, "big", 123456789012345L, "area_mu", 3.26, "irrigated", true,
                "surveyed", LocalDate.of(2024, 5, 31)), f.get(0).attributes(), "decimals are rounded half-up to the declared 2 places");
        assertEquals(Map.of("name", "油菜", "count", -7, "big", -1L, "area_mu", -0.5, "irrigated", false,
                "surveyed", LocalDate.of(1999, 1, 1)), f.get(1).attributes());
        try (ShapefileReader r = ShapefileReader.open(shp)) {
            LayerSchema s = r.schema("typed");
            assertEquals(List.of(FieldType.STRING, FieldType.INTEGER, FieldType.LONG, FieldType.DOUBLE, FieldType.BOOLEAN, FieldType.DATE),
                    s.fields().stream().map(d -> d.type()).toList());
            assertEquals(List.of('C', 'N', 'N', 'N', 'L', 'D'), r.fields().stream().map(DbfField::type).toList());
        }
    }

    @Test
    void nullValuesReadBackAsNull() throws IOException {
        Path shp = dir.resolve("nulls.shp");
        try (ShapefileWriter w = ShapefileWriter.create(shp, ShapeType.POINT, TYPED)) {
            w.write(GF.createPoint(new Coordinate(1, 2)), null, null, null, null, null, null);
            w.write(GF.createPoint(new Coordinate(1, 2)), new HashMap<String, Object>(Map.of("count", 5)));
            w.write(GF.createPoint(new Coordinate(1, 2)), null, null, null, Double.NaN, null, null);
            w.commit();
        }
        List<Feature> f = readAll(shp);
        for (String field : List.of("name", "count", "big", "area_mu", "irrigated", "surveyed")) {
            assertNull(f.get(0).get(field), field + " written as null must read back as null");
            assertTrue(f.get(0).attributes().containsKey(field), field + " is present (as null)");
        }
        assertEquals(5, f.get(1).get("count"), "values by field name");
        assertNull(f.get(1).get("name"), "absent keys are null");
        assertNull(f.get(2).get("area_mu"), "NaN has no dBASE form and is written as null");
    }

    @Test
    void aNumberTooWideForItsFieldIsRejectedWithRecordAndField() throws IOException {
        try (ShapefileWriter w = ShapefileWriter.create(dir.resolve("wide.shp"), ShapeType.POINT, List.of(DbfField.integer("count", 3)))) {
            w.write(null, 999);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> w.write(null, 1000));
            assertTrue(e.getMessage().contains("record 2") && e.getMessage().contains("count"), e.getMessage());
        }
    }

    @Test
    void longFieldNamesAreCutToTenBytesAndKeptUnique() throws IOException {
        Path shp = dir.resolve("names.shp");
        List<DbfField> fields = List.of(DbfField.text("village_code", 12), DbfField.text("village_count", 5),
                DbfField.text("county_code", 6), DbfField.text("承包方户主姓名", 20), DbfField.text("crop", 10));
        Map<String, String> mapping;
        try (ShapefileWriter w = ShapefileWriter.create(shp, ShapeType.POINT, fields)) {
            mapping = w.fieldNames();
            w.write(null, "430321100201", "12", "430321", "张三", "水稻");
            w.commit();
        }
        assertEquals("village_co", mapping.get("village_code"), "cut like GDAL does");
        assertEquals("village_c1", mapping.get("village_count"), "a colliding cut gets a number");
        assertEquals("county_cod", mapping.get("county_code"));
        assertEquals("承包方户主", mapping.get("承包方户主姓名"), "5 Chinese characters = 10 GBK bytes");
        assertEquals("crop", mapping.get("crop"));
        Feature f = readAll(shp).get(0);
        assertEquals(List.of("village_co", "village_c1", "county_cod", "承包方户主", "crop"), List.copyOf(f.attributes().keySet()));
        assertEquals("张三", f.get("承包方户主"));
    }

    @Test
    void fieldNamesCountBytesInTheFileCharset() {
        assertEquals(List.of("承包方", "承包方1"), DbfFieldNames.assign(List.of("承包方户", "承包方户主"), StandardCharsets.UTF_8),
                "UTF-8 Chinese takes 3 bytes: 3 characters fit, and the suffix needs room");
        assertEquals(List.of("a_b", "FIELD", "A_b1"), DbfFieldNames.assign(List.of("a b", " ", "A_b"), StandardCharsets.UTF_8));
    }

    @Test
    void deletedRecordsAreSkipped() throws IOException {
        Path shp = dir.resolve("deleted.shp");
        try (ShapefileWriter w = ShapefileWriter.create(shp, ShapeType.POINT, List.of(DbfField.integer("n", 3)))) {
            for (int i = 1; i <= 3; i++) w.write(GF.createPoint(new Coordinate(i, i)), i);
            w.commit();
        }
        try (RandomAccessFile dbf = new RandomAccessFile(dir.resolve("deleted.dbf").toFile(), "rw")) {
            int headerLength = 32 + 32 + 1, recordLength = 1 + 3;
            dbf.seek(headerLength + recordLength); // record 2's deletion flag
            dbf.write('*');
        }
        List<Feature> f = readAll(shp);
        assertEquals(List.of("1", "3"), f.stream().map(Feature::id).toList());
        assertEquals(3, f.get(1).get("n"));
        assertEquals(3.0, f.get(1).geometry().getCoordinate().x, "the shape of record 3 stays with record 3");
    }
}
