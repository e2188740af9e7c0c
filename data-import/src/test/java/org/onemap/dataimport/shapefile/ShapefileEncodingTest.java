package org.onemap.dataimport.shapefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.onemap.core.feature.Feature;

class ShapefileEncodingTest {
    private static final GeometryFactory GF = new GeometryFactory();
    private static final List<String> CROPS = List.of("水稻", "湘莲", "蔬菜", "油菜", "茶叶", "柑橘");
    private static final List<String> OWNERS = List.of("张三", "李四", "王五", "赵六", "欧阳明", "龙");

    @TempDir Path dir;

    private Path writeSurvey(Charset cs) throws IOException {
        Path shp = dir.resolve("survey.shp");
        try (ShapefileWriter w = ShapefileWriter.builder(shp, ShapeType.POINT).charset(cs)
                .fields(List.of(DbfField.text("crop", 20), DbfField.text("owner", 20), DbfField.text("名称", 30))).open()) {
            for (int i = 0; i < CROPS.size(); i++) {
                w.write(GF.createPoint(new Coordinate(112.9 + i * 0.01, 27.8)), CROPS.get(i), OWNERS.get(i), "湘潭县花石镇" + i);
            }
            w.commit();
        }
        return shp;
    }

    private static List<Feature> readAll(ShapefileReader r) {
        List<Feature> out = new ArrayList<>();
        r.forEach(out::add);
        return out;
    }

    private static void assertChineseValues(List<Feature> features, String how) {
        assertEquals(CROPS.size(), features.size(), how);
        for (int i = 0; i < CROPS.size(); i++) {
            assertEquals(CROPS.get(i), features.get(i).get("crop"), how + ": crop of record " + (i + 1));
            assertEquals(OWNERS.get(i), features.get(i).get("owner"), how + ": owner of record " + (i + 1));
            assertEquals("湘潭县花石镇" + i, features.get(i).get("名称"), how + ": Chinese field name and value");
        }
    }

    private static void setLdid(Path dbf, int ldid) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(dbf.toFile(), "rw")) {
            f.seek(29);
            f.write(ldid);
        }
    }

    private static int ldid(Path dbf) throws IOException {
        return Byte.toUnsignedInt(Files.readAllBytes(dbf)[29]);
    }

    @Test
    void gbkTextRoundTripsThroughTheCpg() throws IOException {
        Path shp = writeSurvey(DbfCharsets.GBK);
        assertEquals("GBK", Files.readString(dir.resolve("survey.cpg")), ".cpg text");
        assertEquals(0x4D, ldid(dir.resolve("survey.dbf")), "GBK files carry LDID 0x4D (cp936)");
        try (ShapefileReader r = ShapefileReader.open(shp)) {
            assertEquals(CharsetChoice.Source.CPG, r.charset().source(), r.charset().toString());
            assertEquals("GBK", r.charset().charset().name());
            assertChineseValues(readAll(r), "GBK with .cpg");
        }
    }

    @Test
    void readsGbkDbfWithoutCpgFromTheLanguageDriverByte() throws IOException {
        Path shp = writeSurvey(DbfCharsets.GBK);
        Files.delete(dir.resolve("survey.cpg"));
        try (ShapefileReader r = ShapefileReader.open(shp)) {
            assertEquals(CharsetChoice.Source.LDID, r.charset().source(), r.charset().toString());
            assertTrue(r.charset().evidence().contains("0x4D"), r.charset().evidence());
            assertChineseValues(readAll(r), "GBK by LDID");
        }
    }

    @Test
    void detectsGbkWhenNeitherCpgNorLanguageDriverSaysAnything() throws IOException {
        Path shp = writeSurvey(DbfCharsets.GBK);
        Files.delete(dir.resolve("survey.cpg"));
        setLdid(dir.resolve("survey.dbf"), 0);
        try (ShapefileReader r = ShapefileReader.open(shp)) {
            assertEquals(CharsetChoice.Source.DETECTED, r.charset().source(), r.charset().toString());
            assertEquals("GB18030", r.charset().charset().name(), r.charset().toString());
            assertChineseValues(readAll(r), "GBK detected");
        }
    }

    @Test
    void detectsRatherThanTrustsTheAnsiLanguageDriver() throws IOException {
        Path shp = writeSurvey(DbfCharsets.GBK);
        Files.delete(dir.resolve("survey.cpg"));
        setLdid(dir.resolve("survey.dbf"), 0x57); // ArcGIS on Chinese Windows: "ANSI" = GBK there
        try (ShapefileReader r = ShapefileReader.open(shp)) {
            assertEquals(CharsetChoice.Source.DETECTED, r.charset().source(), r.charset().toString());
            assertTrue(r.charset().evidence().contains("0x57"), r.charset().evidence());
            assertChineseValues(readAll(r), "GBK under LDID 0x57");
        }
    }

    @Test
    void detectsUtf8DbfWithoutCpg() throws IOException {
        Path shp = writeSurvey(StandardCharsets.UTF_8);
        assertEquals("UTF-8", Files.readString(dir.resolve("survey.cpg")));
        assertEquals(0, ldid(dir.resolve("survey.dbf")), "UTF-8 has no LDID");
        Files.delete(dir.resolve("survey.cpg"));
        try (ShapefileReader r = ShapefileReader.open(shp)) {
            assertEquals(CharsetChoice.Source.DETECTED, r.charset().source(), r.charset().toString());
            assertEquals(StandardCharsets.UTF_8, r.charset().charset(), r.charset().toString());
            assertChineseValues(readAll(r), "UTF-8 detected");
        }
    }

    @Test
    void theCallersCharsetWinsOverTheCpg() throws IOException {
        Path shp = writeSurvey(DbfCharsets.GBK);
        Files.writeString(dir.resolve("survey.cpg"), "UTF-8"); // a wrong sidecar, as users produce
        try (ShapefileReader r = ShapefileReader.open(shp, Charset.forName("GB18030"))) {
            assertEquals(CharsetChoice.Source.CALLER, r.charset().source());
            assertChineseValues(readAll(r), "caller override");
        }
    }

    @Test
    void understandsCodePageNumbersInTheCpg() throws IOException {
        Path shp = writeSurvey(DbfCharsets.GBK);
        Files.writeString(dir.resolve("survey.cpg"), "936\r\n");
        try (ShapefileReader r = ShapefileReader.open(shp)) {
            assertEquals(CharsetChoice.Source.CPG, r.charset().source());
            assertChineseValues(readAll(r), ".cpg 936");
        }
    }

    @Test
    void textWidthsAreBytesOfTheChosenCharset() throws IOException {
        DbfField sixBytes = DbfField.text("name", 6);
        try (ShapefileWriter w = ShapefileWriter.builder(dir.resolve("gbk.shp"), ShapeType.POINT).field(sixBytes).open()) {
            w.write(null, "湘潭县"); // 3 characters = 6 GBK bytes: fits exactly
            w.commit();
        }
        try (ShapefileWriter w = ShapefileWriter.builder(dir.resolve("utf8.shp"), ShapeType.POINT).field(sixBytes)
                .charset(StandardCharsets.UTF_8).open()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> w.write(null, "湘潭县"));
            assertTrue(e.getMessage().contains("needs 9 bytes") && e.getMessage().contains("field name"), e.getMessage());
        }
        assertEquals(6, DbfField.textFitting("name", DbfCharsets.GBK, List.of("湘潭", "湘潭县")).length());
        assertEquals(9, DbfField.textFitting("name", StandardCharsets.UTF_8, List.of("湘潭", "湘潭县")).length());
        assertEquals(20, DbfField.textForChars("crop", 10, DbfCharsets.GBK).length());
    }

    @Test
    void truncatesLongTextAtACharacterBoundaryWhenAsked() throws IOException {
        Path shp = dir.resolve("cut.shp");
        try (ShapefileWriter w = ShapefileWriter.builder(shp, ShapeType.POINT).field(DbfField.text("name", 5))
                .truncateLongText(true).open()) {
            w.write(null, "湘潭县"); // 6 bytes into 5: keeps 湘潭, never half a character
            w.commit();
        }
        try (ShapefileReader r = ShapefileReader.open(shp)) {
            assertEquals("湘潭", r.read().get("name"));
        }
    }

    @Test
    void refusesTextTheCharsetCannotHold() throws IOException {
        try (ShapefileWriter w = ShapefileWriter.builder(dir.resolve("x.shp"), ShapeType.POINT).field(DbfField.text("owner", 20)).open()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> w.write(null, "\uD840\uDC00")); // U+20000, not in GBK
            assertTrue(e.getMessage().contains("cannot be encoded in GBK"), e.getMessage());
        }
    }
}
