package org.onemap.dataimport.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.onemap.core.crs.CoordinateTransform;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.Query;
import org.onemap.dataimport.ImportException;
import org.onemap.dataimport.ImportParameters;
import org.onemap.dataimport.ImportProgress;
import org.onemap.dataimport.shapefile.DbfCharsets;
import org.onemap.dataimport.shapefile.DbfField;
import org.onemap.dataimport.shapefile.ShapeType;
import org.onemap.dataimport.shapefile.ShapefileWriter;

/** Shapefile imports: the real GCJ-02 districts file, .prj → EPSG, and each broken-file case leaving the workspace untouched. */
class ShapefileImportTest extends ReferenceWorkspaceFixture {
    static final GeometryFactory GF = new GeometryFactory();
    static final String CGCS2000_GK_CM114 = "PROJCS[\"CGCS2000_3_Degree_GK_CM_114E\",GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\","
            + "DATUM[\"D_China_2000\",SPHEROID[\"CGCS2000\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],"
            + "PROJECTION[\"Gauss_Kruger\"],PARAMETER[\"False_Easting\",500000.0],PARAMETER[\"False_Northing\",0.0],"
            + "PARAMETER[\"Central_Meridian\",114.0],PARAMETER[\"Scale_Factor\",1.0],PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";
    static final String LAMBERT = "PROJCS[\"Asia_Lambert_Conformal_Conic\",GEOGCS[\"GCS_Unknown\",DATUM[\"D_Unknown\",SPHEROID[\"Krassowsky_1940\",6378245.0,298.3]],"
            + "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Lambert_Conformal_Conic\"],PARAMETER[\"Central_Meridian\",105.0],UNIT[\"Meter\",1.0]]";

    private Path districts() throws IOException {
        for (String ext : List.of("shp", "shx", "dbf", "cpg")) {
            try (InputStream in = getClass().getResourceAsStream("/shapefile/xiangtan_districts." + ext)) {
                assertTrue(in != null, "test resource shapefile/xiangtan_districts." + ext + " is missing");
                Files.copy(in, dir.resolve("xiangtan_districts." + ext));
            }
        }
        return dir.resolve("xiangtan_districts.shp");
    }

    /** Three GBK-attributed points in Xiangtan, optionally projected to CGCS2000 GK CM 114E with a .prj. */
    private Path survey(String name, int n, boolean projected) throws IOException {
        Path shp = dir.resolve(name + ".shp");
        try (ShapefileWriter w = ShapefileWriter.builder(shp, ShapeType.POINT).charset(DbfCharsets.GBK)
                .fields(List.of(DbfField.text("bh", 10), DbfField.text("crop", 20))).prj(projected ? CGCS2000_GK_CM114 : null).open()) {
            for (int i = 0; i < n; i++) {
                double[] p = {112.90 + i * 0.01, 27.75};
                if (projected) p = CoordinateTransform.between("EPSG:4326", "EPSG:4547").transform(p[0], p[1]);
                w.write(GF.createPoint(new Coordinate(p[0], p[1])), "S" + i, i % 2 == 0 ? "水稻" : "湘莲");
            }
            w.commit();
        }
        return shp;
    }

    @Test
    void gcj02DistrictsWithoutPrjLandOnWgs84WithSrsGcj02() throws IOException {
        Path shp = districts();
        String sum = Fixtures.sha256(shp) + Fixtures.sha256(dir.resolve("xiangtan_districts.dbf"));
        ImportResult r = run(shp, "districts_gcj", Map.of(ImportParameters.SRS, "GCJ-02"));
        assertEquals(5, r.written(), r.report().problems().toString());
        assertEquals(sum, Fixtures.sha256(shp) + Fixtures.sha256(dir.resolve("xiangtan_districts.dbf")), "source files unchanged");
        Envelope e = ws.layer("districts_gcj").extent();
        assertEquals(111.994, e.getMinX(), 0.002, "west edge of Xiangtan in WGS84 (GCJ-02 would be 111.9997): " + e);
        Feature yuhu = ws.layer("districts_gcj").list(Query.ALL).stream().filter(f -> "雨湖区".equals(f.get("name"))).findFirst().orElseThrow();
        assertEquals("MultiPolygon", yuhu.geometry().getGeometryType());
        assertTrue(r.report().notes().stream().anyMatch(n -> n.contains("GCJ-02")), r.report().notes().toString());
    }

    @Test
    void cgcs2000GaussKrugerPrjIsRecognisedAndTransformed() throws IOException {
        ImportResult r = run(survey("gk", 3, true), "gk_points", Map.of());
        assertEquals(3, r.written(), r.report().problems().toString());
        assertTrue(r.report().notes().stream().anyMatch(n -> n.contains("EPSG:4547")), r.report().notes().toString());
        Geometry g = ws.layer("gk_points").list(Query.ALL).get(0).geometry();
        assertEquals(112.90, g.getCoordinate().x, 1e-7);
        assertEquals(27.75, g.getCoordinate().y, 1e-7);
    }

    @Test
    void truncatedShpIsRejectedNamingTheRecord() throws IOException {
        Path shp = survey("cut", 3, false);
        try (RandomAccessFile f = new RandomAccessFile(shp.toFile(), "rw")) {
            f.setLength(f.length() - 10);
        }
        ImportException e = rejected(shp, "cut", Map.of());
        assertTrue(e.getMessage().startsWith("cut.shp:3: ") && e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void missingShxIsReportedAndRecordsAreReadInSequence() throws IOException {
        Path shp = survey("noshx", 3, false);
        Files.delete(dir.resolve("noshx.shx"));
        ImportResult r = run(shp, "noshx", Map.of());
        assertEquals(3, r.written());
        assertTrue(r.report().problems().stream().anyMatch(p -> p.problem().contains(".shx index is missing")), r.report().problems().toString());
    }

    @Test
    void dbfWithFewerRecordsThanShpIsRejected() throws IOException {
        Path shp = survey("three", 3, false);
        survey("two", 2, false);
        Files.copy(dir.resolve("two.dbf"), dir.resolve("three.dbf"), StandardCopyOption.REPLACE_EXISTING);
        ImportException e = rejected(shp, "three", Map.of());
        assertTrue(e.getMessage().contains("three.shp") && e.getMessage().contains(".dbf has 2 records") && e.getMessage().contains("3 shapes"),
                e.getMessage());
    }

    @Test
    void wrongCpgIsRejectedUntilTheEncodingIsGiven() throws IOException {
        Path shp = survey("wrongcpg", 3, false);
        Files.writeString(dir.resolve("wrongcpg.cpg"), "UTF-8", StandardCharsets.US_ASCII);
        ImportException e = rejected(shp, "wrongcpg", Map.of());
        assertTrue(e.getMessage().startsWith("wrongcpg.shp:1:crop: ") && e.getMessage().contains("--encoding GBK"), e.getMessage());
        ImportResult r = run(shp, "wrongcpg", Map.of(ImportParameters.ENCODING, "GBK"));
        assertEquals("水稻", ws.layer(r.layer()).list(Query.ALL).get(0).get("crop"));
    }

    @Test
    void prjInAnUnknownCrsNeedsSrs() throws IOException {
        Path shp = survey("lambert", 2, false);
        Files.writeString(dir.resolve("lambert.prj"), LAMBERT);
        ImportException e = rejected(shp, "lambert", Map.of());
        assertTrue(e.getMessage().contains("lambert.shp") && e.getMessage().contains("--srs"), e.getMessage());
        assertEquals(2, run(shp, "lambert", Map.of(ImportParameters.SRS, "EPSG:4326")).written());
    }

    @Test
    void existingLayerIsNotOverwrittenWithoutAppendOrReplace() throws IOException {
        Path shp = survey("twice", 2, false);
        run(shp, "twice", Map.of());
        ImportException e = rejected(shp, "twice", Map.of());
        assertTrue(e.getMessage().contains("already exists") && e.getMessage().contains("--append"), e.getMessage());
        ImportResult appended = new WorkspaceImport(ws).run(shp, new ImportRequest("twice", Map.of(), null, ImportRequest.TargetMode.APPEND, "t"),
                ImportProgress.NONE);
        assertEquals(4, ws.layer("twice").count(Query.ALL));
        new WorkspaceImport(ws).run(shp, new ImportRequest("twice", Map.of(), null, ImportRequest.TargetMode.REPLACE, "t"), ImportProgress.NONE);
        assertEquals(2, ws.layer("twice").count(Query.ALL), "replace leaves only the new rows");
        assertTrue(appended.importId().startsWith("imp-"));
    }

    @Test
    void appendingMapsTenCharacterDbfNamesBackToTheLayersFields() throws IOException {
        ws.createLayer(new org.onemap.core.feature.LayerSchema("coded", org.onemap.core.feature.GeometryKind.POINT, 4326,
                List.of(org.onemap.core.feature.FieldDef.of("parcel_code", org.onemap.core.feature.FieldType.STRING))));
        Path shp = dir.resolve("coded.shp");
        try (ShapefileWriter w = ShapefileWriter.builder(shp, ShapeType.POINT).charset(DbfCharsets.GBK)
                .fields(List.of(DbfField.text("parcel_code", 20))).open()) { // stored as parcel_cod
            w.write(GF.createPoint(new Coordinate(112.90, 27.75)), "430321-012-00345");
            w.commit();
        }
        new WorkspaceImport(ws).run(shp, new ImportRequest("coded", Map.of(), null, ImportRequest.TargetMode.APPEND, "t"),
                ImportProgress.NONE);
        List<Feature> rows = ws.layer("coded").list(Query.ALL);
        assertEquals(1, rows.size());
        assertEquals("430321-012-00345", rows.get(0).get("parcel_code"), "the DBF's parcel_cod lands in parcel_code");
    }

    @Test
    void aBadRecordMidFileRollsBackTheStreamedRowsOrIsSkippedInValidRowsMode() throws IOException {
        Path shp = dir.resolve("mid.shp");
        try (ShapefileWriter w = ShapefileWriter.builder(shp, ShapeType.POINT).charset(DbfCharsets.GBK)
                .fields(List.of(DbfField.text("bh", 10))).open()) {
            w.write(GF.createPoint(new Coordinate(112.90, 27.75)), "M1");
            w.write(GF.createPoint(new Coordinate(0, 0)), "M2");
            w.write(GF.createPoint(new Coordinate(112.92, 27.75)), "M3");
            w.write(GF.createPoint(new Coordinate(112.93, 27.75)), "M3");
            w.commit();
        }
        ImportException e = rejected(shp, "mid", Map.of());
        assertEquals(2, e.report().errors().size(), "every problem is reported, not only the first: " + e.report().problems());
        assertTrue(e.getMessage().startsWith("mid.shp:2: ") && e.getMessage().contains("0/0"), e.getMessage());
        ImportResult r = new WorkspaceImport(ws).run(shp, new ImportRequest("mid", Map.of(), ImportRequest.RowMode.VALID_ROWS, null, "tester"),
                ImportProgress.NONE);
        assertEquals(2, r.written(), r.report().problems().toString());
        assertEquals(2, r.skipped());
        assertTrue(r.report().errors().stream().anyMatch(p -> p.row() == 4 && p.problem().contains("duplicate key")), r.report().problems().toString());
    }

    @Test
    void cancellingHalfwayThroughABigShapefileWritesNothing() throws IOException {
        Path shp = dir.resolve("big.shp");
        int n = 20_000;
        try (ShapefileWriter w = ShapefileWriter.builder(shp, ShapeType.POINT).charset(DbfCharsets.GBK)
                .fields(List.of(DbfField.text("bh", 10))).open()) {
            for (int i = 0; i < n; i++) w.write(GF.createPoint(new Coordinate(112.6 + (i % 500) * 0.001, 27.7 + (i / 500) * 0.001)), "B" + i);
            w.commit();
        }
        String before = ReferenceWorkspace.state(ws);
        double[] seen = {0}; // of the whole import: reading is its first half
        ImportProgress cancelHalfway = new ImportProgress() {
            @Override
            public void advance(String stage, long done, long total) { seen[0] = Math.max(seen[0], ImportProgress.fraction(done, total)); }

            @Override
            public boolean cancelled() { return seen[0] >= 0.25; }
        };
        assertThrows(org.onemap.dataimport.ImportCancelledException.class, () -> new WorkspaceImport(ws).run(shp,
                new ImportRequest("big", Map.of(), null, null, "tester"), cancelHalfway));
        assertTrue(seen[0] >= 0.25 && seen[0] < 0.5, "cancelled half-way through reading, at " + seen[0]);
        assertEquals(before, ReferenceWorkspace.state(ws), "a cancelled import leaves nothing behind");
        assertTrue(!ws.hasLayer("big"));
    }
}
