package org.onemap.dataimport.shapefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.onemap.core.feature.Feature;

class ShapefileGeometryRoundTripTest {
    @TempDir Path dir;

    private static Geometry wkt(String text) {
        try {
            return new WKTReader().read(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    private List<Feature> roundTrip(ShapeType type, String... wkts) throws IOException {
        Path shp = dir.resolve("shapes.shp");
        try (ShapefileWriter w = ShapefileWriter.create(shp, type, List.of(DbfField.integer("n", 5)))) {
            for (int i = 0; i < wkts.length; i++) w.write(wkts[i] == null ? null : wkt(wkts[i]), i + 1);
            w.commit();
        }
        List<Feature> out = new ArrayList<>();
        try (ShapefileReader r = ShapefileReader.open(shp)) {
            for (Feature f : r) out.add(f);
        }
        assertEquals(wkts.length, out.size(), "features read back");
        return out;
    }

    private static void assertSameShape(String expectedWkt, Geometry actual) {
        Geometry e = wkt(expectedWkt).norm();
        Geometry a = actual.norm();
        assertTrue(e.equalsExact(a), "expected " + e + " but read " + a);
    }

    @Test
    void polygonWithHoleRoundTripsWhateverTheInputOrientation() throws IOException {
        // shell counter-clockwise and hole clockwise: the opposite of the ESRI rule, which the writer must fix
        String poly = "POLYGON ((112 27, 113 27, 113 28, 112 28, 112 27), (112.2 27.2, 112.2 27.8, 112.8 27.8, 112.8 27.2, 112.2 27.2))";
        List<Feature> f = roundTrip(ShapeType.POLYGON, poly);
        assertEquals("Polygon", f.get(0).geometry().getGeometryType());
        assertSameShape(poly, f.get(0).geometry());
        assertEquals(1, ((org.locationtech.jts.geom.Polygon) f.get(0).geometry()).getNumInteriorRing(), "hole kept as a hole");
    }

    @Test
    void writesOuterRingsClockwiseAndHolesCounterClockwiseAsEsriRequires() throws IOException {
        roundTrip(ShapeType.POLYGON,
                "POLYGON ((112 27, 113 27, 113 28, 112 28, 112 27), (112.2 27.2, 112.2 27.8, 112.8 27.8, 112.8 27.2, 112.2 27.2))");
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(dir.resolve("shapes.shp"))).order(ByteOrder.LITTLE_ENDIAN);
        int content = 100 + 8;
        assertEquals(5, b.getInt(content), "shape type Polygon");
        int parts = b.getInt(content + 36), points = b.getInt(content + 40);
        assertEquals(2, parts);
        int[] starts = {b.getInt(content + 44), b.getInt(content + 48), points};
        int xy = content + 44 + 4 * parts;
        for (int p = 0; p < parts; p++) {
            Coordinate[] ring = new Coordinate[starts[p + 1] - starts[p]];
            for (int i = 0; i < ring.length; i++) {
                int at = xy + 16 * (starts[p] + i);
                ring[i] = new Coordinate(b.getDouble(at), b.getDouble(at + 8));
            }
            assertEquals(p == 1, Orientation.isCCW(ring), (p == 0 ? "outer ring must be clockwise: " : "hole must be counter-clockwise: ") + Arrays.toString(ring));
        }
    }

    @Test
    void multiPolygonWithHoleRoundTrips() throws IOException {
        String mp = "MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 2 8, 8 8, 8 2, 2 2)), ((3 3, 7 3, 7 7, 3 7, 3 3)), ((20 0, 30 0, 30 5, 20 0)))";
        Geometry g = roundTrip(ShapeType.POLYGON, mp).get(0).geometry();
        assertEquals("MultiPolygon", g.getGeometryType());
        assertEquals(3, g.getNumGeometries(), "the island inside the hole stays its own polygon");
        assertSameShape(mp, g);
    }

    @Test
    void pointsRoundTrip() throws IOException {
        List<Feature> f = roundTrip(ShapeType.POINT, "POINT (112.94 27.83)", "POINT (-1.5 0.25)");
        assertSameShape("POINT (112.94 27.83)", f.get(0).geometry());
        assertSameShape("POINT (-1.5 0.25)", f.get(1).geometry());
    }

    @Test
    void multiPointsRoundTrip() throws IOException {
        List<Feature> f = roundTrip(ShapeType.MULTIPOINT, "MULTIPOINT ((1 2), (3 4), (5 6))", "POINT (7 8)");
        assertSameShape("MULTIPOINT ((1 2), (3 4), (5 6))", f.get(0).geometry());
        assertSameShape("MULTIPOINT ((7 8))", f.get(1).geometry());
    }

    @Test
    void linesRoundTrip() throws IOException {
        List<Feature> f = roundTrip(ShapeType.POLYLINE, "LINESTRING (112.9 27.8, 113 27.9, 113.1 27.85)",
                "MULTILINESTRING ((0 0, 1 1), (2 2, 3 3, 4 2))");
        assertEquals("LineString", f.get(0).geometry().getGeometryType());
        assertSameShape("LINESTRING (112.9 27.8, 113 27.9, 113.1 27.85)", f.get(0).geometry());
        assertSameShape("MULTILINESTRING ((0 0, 1 1), (2 2, 3 3, 4 2))", f.get(1).geometry());
    }

    @Test
    void nullAndEmptyGeometriesBecomeNullShapes() throws IOException {
        List<Feature> f = roundTrip(ShapeType.POLYGON, null, "POLYGON EMPTY", "POLYGON ((0 0, 1 0, 1 1, 0 0))");
        assertNull(f.get(0).geometry(), "null geometry");
        assertNull(f.get(1).geometry(), "empty geometry");
        assertEquals(3, f.get(2).get("n"), "attributes stay aligned after null shapes");
    }

    @Test
    void headerCarriesExtentTypeAndFeatureIdsAreRecordNumbers() throws IOException {
        List<Feature> f = roundTrip(ShapeType.POLYGON, "POLYGON ((112 27, 113 27, 113 28, 112 27))", "POLYGON ((111 26, 112 26, 112 27, 111 26))");
        try (ShapefileReader r = ShapefileReader.open(dir.resolve("shapes.shp"))) {
            assertEquals(ShapeType.POLYGON, r.shapeType());
            assertEquals(new Envelope(111, 113, 26, 28), r.bounds());
            assertEquals(2, r.recordCount());
        }
        assertEquals("1", f.get(0).id());
        assertEquals("2", f.get(1).id());
    }

    @Test
    void rejectsAGeometryOfTheWrongTypeAndStaysUsable() throws IOException {
        Path shp = dir.resolve("mixed.shp");
        try (ShapefileWriter w = ShapefileWriter.create(shp, ShapeType.POLYGON, List.of(DbfField.integer("n", 5)))) {
            w.write(wkt("POLYGON ((0 0, 1 0, 1 1, 0 0))"), 1);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> w.write(wkt("LINESTRING (0 0, 1 1)"), 2));
            assertTrue(e.getMessage().contains("record 2") && e.getMessage().contains("LineString"), e.getMessage());
            w.write(wkt("POLYGON ((5 5, 6 5, 6 6, 5 5))"), 3);
            w.commit();
        }
        try (ShapefileReader r = ShapefileReader.open(shp)) {
            Feature a = r.read(), b = r.read();
            assertEquals(1, a.get("n"));
            assertEquals(3, b.get("n"));
            assertNull(r.read(), "the rejected record left no trace");
        }
    }

    @Test
    void leavesNoFilesWhenClosedWithoutCommit() throws IOException {
        Path shp = dir.resolve("abandoned.shp");
        try (ShapefileWriter w = ShapefileWriter.create(shp, ShapeType.POINT, List.of(DbfField.integer("n", 5)))) {
            w.write(wkt("POINT (1 1)"), 1);
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.toList(), "an abandoned writer must leave nothing, not even temp files");
        }
    }

    @Test
    void replacesAnEarlierShapefileAndItsStaleSidecars() throws IOException {
        Path shp = dir.resolve("again.shp");
        Files.writeString(dir.resolve("again.qix"), "stale spatial index");
        try (ShapefileWriter w = ShapefileWriter.builder(shp, ShapeType.POINT).field(DbfField.integer("n", 5)).prj(null).open()) {
            w.write(wkt("POINT (1 1)"), 1);
            w.commit();
        }
        assertFalse(Files.exists(dir.resolve("again.qix")), "a stale .qix would index the old data");
        assertFalse(Files.exists(dir.resolve("again.prj")), "prj(null) writes no .prj");
        try (ShapefileReader r = ShapefileReader.open(shp)) {
            assertTrue(r.prj().isEmpty());
        }
    }
}
