package org.onemap.dataimport.shapefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.onemap.core.feature.Feature;

class ShapefileReaderTest {
    private static final List<String> PARTS = List.of("shp", "shx", "dbf", "cpg");

    @TempDir Path dir;

    /** Copies the real Xiangtan districts shapefile (test resources) into the temp dir. */
    private Path districts() throws IOException {
        for (String ext : PARTS) {
            try (InputStream in = getClass().getResourceAsStream("/shapefile/xiangtan_districts." + ext)) {
                assertTrue(in != null, "test resource shapefile/xiangtan_districts." + ext + " is missing");
                Files.copy(in, dir.resolve("xiangtan_districts." + ext));
            }
        }
        return dir.resolve("xiangtan_districts.shp");
    }

    @Test
    void readsTheXiangtanDistrictsWithChineseNames() throws IOException {
        Map<String, Feature> byName = new LinkedHashMap<>();
        try (ShapefileReader r = ShapefileReader.open(districts())) {
            assertEquals(CharsetChoice.Source.CPG, r.charset().source(), r.charset().toString());
            assertEquals(StandardCharsets.UTF_8, r.charset().charset());
            assertTrue(r.prj().isEmpty(), "this file has no .prj on purpose");
            assertEquals(ShapeType.POLYGON, r.shapeType());
            for (Feature f : r) byName.put((String) f.get("name"), f);
        }
        assertEquals(Set.of("雨湖区", "岳塘区", "湘潭县", "湘乡市", "韶山市"), byName.keySet());
        assertEquals(new TreeSet<>(List.of("430302", "430304", "430321", "430381", "430382")),
                new TreeSet<>(byName.values().stream().map(f -> (String) f.get("adcode")).toList()));
        assertEquals("湘潭市", byName.get("韶山市").get("ctname"));
        assertEquals("中华人民共和国", byName.get("韶山市").get("cnname"));
        for (Feature f : byName.values()) assertTrue(f.geometry().isValid(), f.get("name") + " geometry is valid");
        Geometry yuhu = byName.get("雨湖区").geometry();
        assertEquals(6, yuhu.getNumGeometries(), "雨湖区 has five exclaves inside 湘潭县");
        Polygon xiangtanXian = (Polygon) byName.get("湘潭县").geometry();
        assertEquals(5, xiangtanXian.getNumInteriorRing(), "湘潭县 has holes where 雨湖区's exclaves are");
        assertTrue(xiangtanXian.getEnvelopeInternal().intersects(yuhu.getEnvelopeInternal()));
        assertEquals(27.8, (Double) byName.get("湘潭县").get("centerlat"), 0.2, "numeric columns read as numbers");
    }

    @Test
    void neverModifiesTheFilesItReads() throws IOException {
        Path shp = districts();
        Map<String, String> before = checksums();
        try (ShapefileReader r = ShapefileReader.open(shp)) {
            r.forEach(f -> { });
        }
        try (ShapefileReader r = ShapefileReader.open(shp, StandardCharsets.ISO_8859_1)) {
            r.read();
        }
        assertEquals(before, checksums(), "reading must leave every component byte-identical");
    }

    private Map<String, String> checksums() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String ext : PARTS) {
            Path p = dir.resolve("xiangtan_districts." + ext);
            try {
                out.put(ext, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            } catch (NoSuchAlgorithmException e) {
                throw new AssertionError(e);
            }
            out.put(ext + ".modified", Files.getLastModifiedTime(p).toString());
        }
        return out;
    }

    @Test
    void aTruncatedShpNamesFileRecordAndByte() throws IOException {
        Path shp = districts();
        long cut = Files.size(shp) - 1000; // inside the last record
        try (RandomAccessFile f = new RandomAccessFile(shp.toFile(), "rw")) {
            f.setLength(cut);
        }
        try (ShapefileReader r = ShapefileReader.open(shp)) {
            ShapefileFormatException e = assertThrows(ShapefileFormatException.class, () -> {
                while (r.read() != null) { /* read until the cut */ }
            });
            assertTrue(e.getMessage().startsWith("xiangtan_districts.shp: record 5: truncated at byte " + cut), e.getMessage());
            assertEquals(5, e.record());
            assertEquals(cut, e.byteOffset());
        }
    }

    @Test
    void aTruncatedShpWithoutShxFailsTheSameWay() throws IOException {
        Path shp = districts();
        Files.delete(dir.resolve("xiangtan_districts.shx"));
        try (RandomAccessFile f = new RandomAccessFile(shp.toFile(), "rw")) {
            f.setLength(5000);
        }
        try (ShapefileReader r = ShapefileReader.open(shp)) {
            ShapefileFormatException e = assertThrows(ShapefileFormatException.class, () -> {
                while (r.read() != null) { /* read until the cut */ }
            });
            assertTrue(e.getMessage().matches("xiangtan_districts\\.shp: record \\d: truncated at byte 5000.*"), e.getMessage());
        }
    }

    @Test
    void aTruncatedDbfNamesFileAndRecord() throws IOException {
        Path shp = districts();
        Path dbf = dir.resolve("xiangtan_districts.dbf");
        long size = Files.size(dbf);
        try (RandomAccessFile f = new RandomAccessFile(dbf.toFile(), "rw")) {
            f.setLength(size - 100); // inside the last of 5 records of 196 bytes
        }
        try (ShapefileReader r = ShapefileReader.open(shp)) {
            ShapefileFormatException e = assertThrows(ShapefileFormatException.class, () -> {
                while (r.read() != null) { /* read until the cut */ }
            });
            assertTrue(e.getMessage().startsWith("xiangtan_districts.dbf: record 5: truncated at byte " + (size - 100)), e.getMessage());
        }
    }

    @Test
    void aFileThatIsNotAShapefileIsRejectedAtOpen() throws IOException {
        Path shp = districts();
        try (RandomAccessFile f = new RandomAccessFile(shp.toFile(), "rw")) {
            f.writeInt(1234);
        }
        ShapefileFormatException e = assertThrows(ShapefileFormatException.class, () -> ShapefileReader.open(shp).close());
        assertTrue(e.getMessage().contains("xiangtan_districts.shp: not a shapefile (file code 1234"), e.getMessage());
    }

    @Test
    void readsZAndMShapesAsTwoDimensional() throws IOException {
        Path shp = dir.resolve("z.shp");
        try (ShapefileWriter w = ShapefileWriter.create(shp, ShapeType.POINT, List.of(DbfField.integer("n", 3)))) {
            w.write(null, 1);
            w.write(null, 2);
            w.write(null, 3);
            w.commit();
        }
        // replace the geometry with hand-made PointZ, PolygonZ and PolyLineM records
        ByteBuffer pointZ = le(36).putInt(11).putDouble(112.9).putDouble(27.8).putDouble(55.0).putDouble(0);
        ByteBuffer polygonZ = le(44 + 4 + 4 * 16 + 16 + 4 * 8 + 16 + 4 * 8).putInt(15);
        polygonZ.putDouble(0).putDouble(0).putDouble(1).putDouble(1).putInt(1).putInt(4).putInt(0);
        for (double[] xy : new double[][] {{0, 0}, {0, 1}, {1, 1}, {0, 0}}) polygonZ.putDouble(xy[0]).putDouble(xy[1]);
        polygonZ.putDouble(0).putDouble(9);
        for (int i = 0; i < 4; i++) polygonZ.putDouble(9);
        polygonZ.putDouble(0).putDouble(0);
        for (int i = 0; i < 4; i++) polygonZ.putDouble(0);
        ByteBuffer lineM = le(44 + 4 + 2 * 16 + 16 + 2 * 8).putInt(23);
        lineM.putDouble(0).putDouble(0).putDouble(2).putDouble(2).putInt(1).putInt(2).putInt(0);
        lineM.putDouble(0).putDouble(0).putDouble(2).putDouble(2).putDouble(0).putDouble(1).putDouble(0).putDouble(1);
        writeRawShapes(shp, 11, List.of(pointZ, polygonZ, lineM));

        try (ShapefileReader r = ShapefileReader.open(shp)) {
            assertEquals(ShapeType.POINTZ, r.shapeType());
            Geometry p = r.read().geometry(), poly = r.read().geometry(), line = r.read().geometry();
            assertEquals("POINT (112.9 27.8)", p.toText());
            assertTrue(Double.isNaN(p.getCoordinate().getZ()), "Z is dropped");
            assertEquals("POLYGON ((0 0, 0 1, 1 1, 0 0))", poly.toText());
            assertEquals("LINESTRING (0 0, 2 2)", line.toText());
            assertNull(r.read());
        }
    }

    @Test
    void readsPolygonsWhoseRingsAreOrientedTheWrongWay() throws IOException {
        Path shp = dir.resolve("z.shp");
        try (ShapefileWriter w = ShapefileWriter.create(shp, ShapeType.POLYGON, List.of(DbfField.integer("n", 3)))) {
            w.write(null, 1);
            w.commit();
        }
        // outer ring counter-clockwise and hole clockwise, as careless writers produce
        double[][] outer = {{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}};
        double[][] hole = {{2, 2}, {2, 8}, {8, 8}, {8, 2}, {2, 2}};
        ByteBuffer c = le(44 + 2 * 4 + 10 * 16).putInt(5);
        c.putDouble(0).putDouble(0).putDouble(10).putDouble(10).putInt(2).putInt(10).putInt(0).putInt(5);
        for (double[][] ring : new double[][][] {outer, hole}) {
            for (double[] xy : ring) c.putDouble(xy[0]).putDouble(xy[1]);
        }
        writeRawShapes(shp, 5, List.of(c));
        try (ShapefileReader r = ShapefileReader.open(shp)) {
            Geometry g = r.read().geometry();
            assertEquals("Polygon", g.getGeometryType(), "nesting decides when orientation is wrong: " + g);
            assertEquals(1, ((Polygon) g).getNumInteriorRing(), g.toText());
            assertEquals(64.0, g.getArea(), 1e-9);
        }
    }

    @Test
    void detectsUtf8EvenWhenAnotherWriterCutACharacterAtTheFieldWidth() throws IOException {
        Path shp = dir.resolve("cut.shp");
        try (ShapefileWriter w = ShapefileWriter.builder(shp, ShapeType.POINT).charset(StandardCharsets.UTF_8)
                .field(DbfField.text("name", 7)).open()) {
            w.write(null, "湘潭"); // 6 bytes, the 7th is a blank we overwrite below
            w.write(null, "韶山");
            w.commit();
        }
        Files.delete(dir.resolve("cut.cpg"));
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve("cut.dbf").toFile(), "rw")) {
            f.seek(32 + 32 + 1 + 1 + 6); // record 1, byte 7 of the field
            f.write(0xE5); // first byte of 县 (E5 8E BF): "湘潭县" cut at 7 bytes
        }
        try (ShapefileReader r = ShapefileReader.open(shp)) {
            assertEquals(StandardCharsets.UTF_8, r.charset().charset(), r.charset().toString());
            assertTrue(((String) r.read().get("name")).startsWith("湘潭"));
            assertEquals("韶山", r.read().get("name"));
        }
    }

    private static ByteBuffer le(int n) { return ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN); }

    /** Rewrites .shp and .shx with the given record contents (each filled completely). */
    private static void writeRawShapes(Path shp, int type, List<ByteBuffer> contents) throws IOException {
        int shpLength = 100, shxLength = 100 + 8 * contents.size();
        for (ByteBuffer c : contents) {
            assertEquals(0, c.remaining(), "hand-made record is fully filled");
            shpLength += 8 + c.capacity();
        }
        ByteBuffer s = ByteBuffer.allocate(shpLength), x = ByteBuffer.allocate(shxLength);
        for (ByteBuffer h : new ByteBuffer[] {s, x}) {
            h.order(ByteOrder.BIG_ENDIAN).putInt(9994).position(24);
            h.putInt((h == s ? shpLength : shxLength) / 2).order(ByteOrder.LITTLE_ENDIAN).putInt(1000).putInt(type);
            h.putDouble(0).putDouble(0).putDouble(113).putDouble(28).position(100);
        }
        int n = 1;
        for (ByteBuffer c : contents) {
            x.order(ByteOrder.BIG_ENDIAN).putInt(s.position() / 2).putInt(c.capacity() / 2);
            s.order(ByteOrder.BIG_ENDIAN).putInt(n++).putInt(c.capacity() / 2).put(c.array());
        }
        Files.write(shp, s.array());
        Files.write(shp.resolveSibling(shp.getFileName().toString().replace(".shp", ".shx")), x.array());
    }
}
