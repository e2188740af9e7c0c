package org.onemap.map.extrude;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class ExtrusionBuilderTest {
    /** Xiangtan city centre: the frame every test projects around. */
    private static final LocalMetres FRAME = new LocalMetres(12_567_000, 3_228_000);
    private static final GeometryFactory GF = new GeometryFactory();
    private static final ColourClasses TWO_CLASSES = new ColourClasses(new double[] {0, 50, 100}, new int[] {0xFFFFEDA0, 0xFFE31A1C});
    private static final HeightScale LINEAR = new HeightScale(HeightScale.Kind.LINEAR, 100, 1000, 0);

    @Test
    void aSquareGetsTwoRoofTrianglesAndTwoPerWall() {
        ExtrusionModel m = build(TWO_CLASSES, LINEAR, "a", local("POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))"), 40);
        assertEquals(1, m.meshes().size());
        assertEquals(2 + 4 * 2, m.triangleCount(), "roof 2 + 4 walls × 2");
        assertEquals(400, m.features().get(0).height(), 1e-9, "linear: 40 of 100 → 40 % of 1000 m");
    }

    @Test
    void roofAreaEqualsThePolygonAreaAndRespectsTheHole() throws ParseException {
        Geometry holed = local("POLYGON ((0 0, 300 0, 300 200, 150 260, 0 200, 0 0), (100 50, 200 50, 200 150, 100 150, 100 50))");
        ExtrusionModel m = build(TWO_CLASSES, LINEAR, "holed", holed, 80);
        ClassMesh mesh = m.meshes().get(0);
        double roof = roofArea(mesh, 0);
        assertEquals(holed.getArea(), roof, holed.getArea() * 1e-6, "roof area = polygon area minus the hole");
        assertEquals(300 * 200 + 150 * 60 - 100 * 100, roof, 1);
        // no roof triangle lies in the hole
        Geometry hole = new WKTReader().read("POLYGON ((100 50, 200 50, 200 150, 100 150, 100 50))");
        for (int f = 0; f < mesh.triangleCount(); f++) {
            if (!isRoof(mesh, f)) continue;
            double[] c = centroid(mesh, f);
            assertFalse(hole.contains(GF.createPoint(new Coordinate(c[0], -c[1]))), "roof triangle " + f + " inside the hole");
        }
        // 5 + 4 ring vertices: roof n + 2·holes − 2 = 9 triangles; walls 2 per edge
        assertEquals(9 + 2 * 9, mesh.triangleCount());
    }

    @Test
    void everyFaceIsCounterClockwiseSeenFromOutside() {
        Geometry square = local("POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))");
        // a clockwise input ring must come out the same way
        Geometry reversed = square.reverse();
        for (Geometry g : new Geometry[] {square, reversed}) {
            ExtrusionModel m = build(TWO_CLASSES, LINEAR, "a", g, 100);
            ClassMesh mesh = m.meshes().get(0);
            double[] inside = {50, -50, -500};   // mid-height on the axis (scene y south, z up negative)
            for (int f = 0; f < mesh.triangleCount(); f++) {
                double[] n = normal(mesh, f);
                double[] c = centroid(mesh, f);
                double out = n[0] * (c[0] - inside[0]) + n[1] * (c[1] - inside[1]) + n[2] * (c[2] - inside[2]);
                assertTrue(out > 0, "face " + f + " faces inwards");
            }
        }
    }

    @Test
    void mergesEachColourClassIntoOneMeshAndMapsFacesToFeatures() {
        ExtrusionBuilder b = new ExtrusionBuilder(FRAME, LINEAR, TWO_CLASSES);
        b.add("low-1", lonLat(local("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))")), 10);
        b.add("high-1", lonLat(local("POLYGON ((20 0, 30 0, 30 10, 20 10, 20 0))")), 90);
        b.add("low-2", lonLat(local("POLYGON ((40 0, 50 0, 50 10, 45 15, 40 10, 40 0))")), 20);
        assertFalse(b.add("no-value", lonLat(local("POLYGON ((60 0, 70 0, 70 10, 60 0))")), Double.NaN));
        ExtrusionModel m = b.build();
        assertEquals(2, m.meshes().size(), "two colour classes → two meshes");
        assertEquals(1, m.skipped());
        ClassMesh low = m.meshes().get(0);
        ClassMesh high = m.meshes().get(1);
        assertEquals(0, low.classIndex());
        assertEquals(0xFFE31A1C, high.colour());
        assertEquals(10 + 13, low.triangleCount(), "square 2+8, pentagon 3+10");
        Set<String> lowIds = new HashSet<>();
        for (int f = 0; f < low.triangleCount(); f++) lowIds.add(m.featureOfFace(low, f).id());
        assertEquals(Set.of("low-1", "low-2"), lowIds);
        for (int f = 0; f < high.triangleCount(); f++) assertEquals("high-1", m.featureOfFace(high, f).id());
        // every face lies within its own feature's footprint
        for (int f = 0; f < low.triangleCount(); f++) {
            double[] c = centroid(low, f);
            boolean first = c[0] <= 10.001;
            assertEquals(first ? "low-1" : "low-2", m.featureOfFace(low, f).id(), "face " + f + " at x=" + c[0]);
        }
        assertEquals(null, m.featureOfFace(low, low.triangleCount()));
        assertNotNull(m.feature("low-2"));
    }

    @Test
    void sqrtScaleLiftsSmallValuesAndTheMaximumReachesMaxHeight() {
        HeightScale sqrt = new HeightScale(HeightScale.Kind.SQRT, 100, 1000, 5);
        assertEquals(500, sqrt.height(25), 1e-9);
        assertEquals(1000, sqrt.height(100), 1e-9);
        assertEquals(1000, sqrt.height(400), 1e-9, "values above maxValue are capped");
        assertEquals(5, sqrt.height(0), 1e-9, "minimum height keeps a roof");
        assertEquals(250, LINEAR.height(25), 1e-9);
    }

    @Test
    void multiPolygonPartsAreAllExtrudedAsOneFeature() {
        Geometry two = local("MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0)), ((20 0, 30 0, 30 10, 20 10, 20 0)))");
        ExtrusionModel m = build(TWO_CLASSES, LINEAR, "pair", two, 60);
        assertEquals(20, m.triangleCount());
        assertEquals(200, roofArea(m.meshes().get(0), 0), 1e-3);
    }

    @Test
    void tenThousandParcelsStayInOneMeshPerClass() {
        ExtrusionBuilder b = new ExtrusionBuilder(FRAME, LINEAR, TWO_CLASSES);
        double total = 0;
        for (int i = 0; i < 10_000; i++) {
            double x = (i % 100) * 40;
            double y = (i / 100) * 40;
            Polygon p = square(x, y, 30);
            total += p.getArea();
            assertTrue(b.add("p" + i, lonLat(p), 1 + i % 100));
        }
        ExtrusionModel m = b.build();
        assertEquals(2, m.meshes().size());
        assertEquals(10_000, m.features().size());
        assertEquals(10_000 * 10, m.triangleCount());
        double roofs = 0;
        for (ClassMesh mesh : m.meshes()) roofs += roofArea(mesh, -1);
        assertEquals(total, roofs, total * 1e-5);
    }

    private static ExtrusionModel build(ColourClasses classes, HeightScale scale, String id, Geometry local, double value) {
        ExtrusionBuilder b = new ExtrusionBuilder(FRAME, scale, classes);
        assertTrue(b.add(id, lonLat(local), value));
        return b.build();
    }

    private static Geometry local(String wkt) {
        try {
            return new WKTReader(GF).read(wkt);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Polygon square(double x, double y, double side) {
        LinearRing r = GF.createLinearRing(new Coordinate[] {new Coordinate(x, y), new Coordinate(x + side, y),
                new Coordinate(x + side, y + side), new Coordinate(x, y + side), new Coordinate(x, y)});
        return GF.createPolygon(r);
    }

    /** A geometry in local metres as lon/lat in {@link #FRAME}. */
    private static Geometry lonLat(Geometry local) {
        Geometry g = local.copy();
        g.apply((org.locationtech.jts.geom.CoordinateFilter) c -> {
            double lon = FRAME.lon(c.x);
            c.y = FRAME.lat(c.y);
            c.x = lon;
        });
        g.geometryChanged();
        return g;
    }

    private static boolean isRoof(ClassMesh m, int face) {
        float[] p = m.points();
        int[] f = m.faces();
        float z0 = p[f[face * 6] * 3 + 2];
        return z0 < 0 && z0 == p[f[face * 6 + 2] * 3 + 2] && z0 == p[f[face * 6 + 4] * 3 + 2];
    }

    /** Sum of roof triangle areas of feature {@code feature} (or of all features for -1), in m². */
    private static double roofArea(ClassMesh m, int feature) {
        double sum = 0;
        for (int f = 0; f < m.triangleCount(); f++) {
            if (!isRoof(m, f) || (feature >= 0 && m.featureOfFace(f) != feature)) continue;
            sum += Math.abs(normal(m, f)[2]) / 2;
        }
        return sum;
    }

    private static double[] vertex(ClassMesh m, int face, int k) {
        int p = m.faces()[face * 6 + 2 * k];
        return new double[] {m.points()[p * 3], m.points()[p * 3 + 1], m.points()[p * 3 + 2]};
    }

    private static double[] centroid(ClassMesh m, int face) {
        double[] a = vertex(m, face, 0), b = vertex(m, face, 1), c = vertex(m, face, 2);
        return new double[] {(a[0] + b[0] + c[0]) / 3, (a[1] + b[1] + c[1]) / 3, (a[2] + b[2] + c[2]) / 3};
    }

    /** (b − a) × (c − a): twice the area, pointing out of the side the face is counter-clockwise from. */
    private static double[] normal(ClassMesh m, int face) {
        double[] a = vertex(m, face, 0), b = vertex(m, face, 1), c = vertex(m, face, 2);
        double ux = b[0] - a[0], uy = b[1] - a[1], uz = b[2] - a[2];
        double vx = c[0] - a[0], vy = c[1] - a[1], vz = c[2] - a[2];
        return new double[] {uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx};
    }
}
