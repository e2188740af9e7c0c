package org.onemap.dataimport.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.FieldType;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.feature.Query;
import org.onemap.core.memory.MemoryDataSource;
import org.onemap.core.spi.FeatureSource;
import org.onemap.core.spi.FeatureStore;
import org.onemap.core.spi.Transaction;
import org.onemap.dataimport.ImportContext;
import org.onemap.dataimport.ImportReport;
import org.onemap.dataimport.ImportSource;
import org.onemap.dataimport.Importer;
import org.onemap.dataimport.SourceRecord;
import org.onemap.dataimport.geojson.GeoJsonImporter;
import org.onemap.dataimport.geopackage.GeoPackageImporter;
import org.onemap.dataimport.shapefile.ShapefileReader;
import org.onemap.dataimport.table.TableImporter;
import org.onemap.datasources.gpkg.GeoPackage;

/** Each export format written from a layer and read back with OneMap's own importers (and GDAL when present). */
class LayerExportTest {
    static final String[][] PARCELS = {
        {"POLYGON ((112.90 27.80, 112.91 27.80, 112.91 27.81, 112.90 27.81, 112.90 27.80))", "430321-012-00345", "水稻", "430321100201", "石潭镇古塘村"},
        {"POLYGON ((112.92 27.80, 112.93 27.80, 112.93 27.81, 112.92 27.80), (112.925 27.802, 112.928 27.802, 112.928 27.804, 112.925 27.802))",
                "430321-012-00346", "湘莲", "430321100201", "花石镇"},
        {"MULTIPOLYGON (((112.94 27.80, 112.95 27.80, 112.95 27.81, 112.94 27.80)), ((112.96 27.80, 112.97 27.80, 112.97 27.81, 112.96 27.80)))",
                "430321-012-00347", "柑橘", "430321100202", "射埠镇湖山村委会一组"},
    };

    @TempDir Path dir;
    FeatureSource parcels;

    @BeforeEach
    void layer() throws Exception {
        MemoryDataSource ds = new MemoryDataSource();
        FeatureStore store = ds.createLayer(new LayerSchema("parcel", GeometryKind.MULTIPOLYGON, LayerSchema.WGS84, List.of(
                FieldDef.of("parcel_code", FieldType.STRING), FieldDef.of("crop", FieldType.STRING),
                FieldDef.of("area_mu", FieldType.DOUBLE), FieldDef.of("village_code", FieldType.STRING),
                FieldDef.of("village_name", FieldType.STRING), FieldDef.of("high_standard", FieldType.BOOLEAN))));
        try (Transaction t = store.begin("tester")) {
            WKTReader wkt = new WKTReader();
            double area = 1.25;
            for (String[] p : PARCELS) {
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("parcel_code", p[1]);
                a.put("crop", p[2]);
                a.put("area_mu", area += 1.5);
                a.put("village_code", p[3]);
                a.put("village_name", p[4]);
                a.put("high_standard", area > 3);
                t.insert(Feature.create(wkt.read(p[0]), a));
            }
            t.commit();
        }
        parcels = ds.layer("parcel");
    }

    static Geometry geometry(int i) {
        try {
            return new WKTReader().read(PARCELS[i][0]);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Same shape: ring start and orientation may differ between formats (RFC 7946 asks for CCW exteriors). */
    static void assertSameGeometry(Geometry expected, Geometry actual, String where) {
        assertTrue(expected.norm().equalsExact(actual.norm(), 1e-9), where + ": expected " + expected + " but read back " + actual);
    }

    static List<SourceRecord> importBack(Importer importer, Path file) throws IOException {
        List<SourceRecord> out = new ArrayList<>();
        ImportReport report = new ImportReport(file.toString());
        try (ImportSource src = importer.open(file, Map.of())) {
            src.read(new ImportContext(null, report, null), out::add);
        }
        assertTrue(report.errors().isEmpty(), "reading " + file.getFileName() + " back reported " + report.problems());
        return out;
    }

    @Test
    void shapefileIsGbkWithCpgPrjAndUniqueTenByteNames() throws Exception {
        Path shp = dir.resolve("parcel.shp");
        ExportResult r = LayerExporter.forFile(shp).orElseThrow().export(parcels, Query.ALL, shp);
        assertEquals(3, r.features());
        assertEquals("village_co", r.fieldNames().get("village_code"));
        assertEquals(r.fieldNames().size(), r.fieldNames().values().stream().distinct().count(), "DBF names must be unique: " + r.fieldNames());
        r.fieldNames().values().forEach(n -> assertTrue(n.getBytes(StandardCharsets.US_ASCII).length <= 10, n + " is longer than 10 bytes"));
        assertEquals("GBK", Files.readString(dir.resolve("parcel.cpg")).trim());
        assertTrue(Files.readString(dir.resolve("parcel.prj")).contains("WGS_1984"), "the .prj names WGS 84");
        try (ShapefileReader in = ShapefileReader.open(shp)) {
            assertEquals(3, in.recordCount());
            int longest = in.fields().stream().filter(f -> f.name().equals(r.fieldNames().get("village_name"))).findFirst().orElseThrow().length();
            assertEquals("射埠镇湖山村委会一组".getBytes("GBK").length, longest, "text width comes from the longest value in GBK bytes");
            int i = 0;
            for (Feature f : in) {
                assertEquals(PARCELS[i][4], f.get(r.fieldNames().get("village_name")), "Chinese text survives GBK");
                assertEquals(PARCELS[i][2], f.get("crop"));
                assertSameGeometry(geometry(i), f.geometry(), "shapefile record " + (i + 1));
                i++;
            }
        }
        ogrinfo(shp);
    }

    @Test
    void geoJsonRoundTripsThroughTheImporter() throws Exception {
        Path file = dir.resolve("parcel.geojson");
        LayerExporter.forFile(file).orElseThrow().export(parcels, Query.ALL, file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertFalse(text.contains("\"crs\""), "RFC 7946 GeoJSON carries no crs member");
        List<SourceRecord> back = importBack(new GeoJsonImporter(), file);
        assertEquals(3, back.size());
        for (int i = 0; i < 3; i++) {
            assertEquals(PARCELS[i][4], back.get(i).attributes().get("village_name"));
            assertSameGeometry(geometry(i), back.get(i).geometry(), "GeoJSON feature " + (i + 1));
        }
    }

    @Test
    void xlsxHasChineseTitlesAndRepresentativeLonLat() throws Exception {
        Path file = dir.resolve("parcel.xlsx");
        ExportResult r = new XlsxExport(true).export(parcels, Query.ALL, file);
        assertEquals("村级代码", r.fieldNames().get("village_code"));
        List<SourceRecord> back = importBack(new TableImporter(), file);
        assertEquals(3, back.size());
        for (int i = 0; i < 3; i++) {
            Map<String, Object> a = back.get(i).attributes();
            assertEquals(PARCELS[i][4], a.get("村名称"), "row " + (i + 1) + ": " + a);
            assertEquals(PARCELS[i][2], a.get("作物"));
            Geometry p = back.get(i).geometry();
            assertSameGeometry(XlsxExport.representative(geometry(i)), p, "xlsx row " + (i + 1) + " lon/lat");
            assertTrue(geometry(i).covers(p), "the representative point lies on the parcel: " + p);
            assertSameGeometry(geometry(i), new WKTReader().read(a.get("WKT").toString()), "xlsx row " + (i + 1) + " WKT");
        }
    }

    @Test
    void geoPackageRoundTripsAndGdalReadsIt() throws Exception {
        Path file = dir.resolve("parcel.gpkg");
        ExportResult r = LayerExporter.forFile(file).orElseThrow().export(parcels, Query.ALL, file);
        assertEquals(3, r.features());
        List<SourceRecord> back = importBack(new GeoPackageImporter(), file);
        assertEquals(3, back.size());
        for (int i = 0; i < 3; i++) {
            assertEquals(PARCELS[i][4], back.get(i).attributes().get("village_name"));
            assertSameGeometry(geometry(i), back.get(i).geometry(), "GeoPackage row " + (i + 1));
        }
        String info = ogrinfo(file);
        if (info != null) {
            assertTrue(info.contains("Feature Count: 3"), info);
            assertTrue(info.contains("Multi Polygon"), info);
        }
    }

    /** The export writes through the provider's GeoPackage code: the provider opens it, R-tree and extent included. */
    @Test
    void geoPackageExportIsWhatTheProviderWritesWithItsRtree() throws Exception {
        Path file = dir.resolve("parcel.gpkg");
        new GeoPackageExport().export(parcels, Query.ALL, file);
        try (GeoPackage g = GeoPackage.open(file, false, true)) {
            FeatureSource back = g.layer("parcel");
            assertEquals(parcels.schema().fields(), back.schema().fields());
            assertEquals(3, back.count(Query.ALL));
            assertEquals(parcels.extent(), back.extent());
            assertEquals(1, back.count(Query.bbox(new Envelope(112.899, 112.915, 27.79, 27.82))), "bbox through the R-tree");
            assertEquals(PARCELS[1][1], back.list(Query.ALL).get(1).get("parcel_code"));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM rtree_parcel_geom")) {
            assertEquals(3, rs.getInt(1), "one R-tree entry per exported parcel");
        }
    }

    @Test
    void bboxLimitsTheExport() throws Exception {
        Path file = dir.resolve("some.geojson");
        ExportResult r = new GeoJsonExport().export(parcels, Query.bbox(new Envelope(112.899, 112.915, 27.79, 27.82)), file);
        assertEquals(1, r.features());
    }

    @Test
    void unknownExtensionHasNoExporter() {
        assertTrue(LayerExporter.forFile(Path.of("parcel.kml")).isEmpty());
        assertTrue(LayerExporter.forFile(Path.of("PARCEL.GPKG")).isPresent());
    }

    @Test
    void failureMidWriteLeavesNoFile() throws Exception {
        FeatureSource failing = new FeatureSource() {
            @Override public LayerSchema schema() { return parcels.schema(); }
            @Override public long count(Query q) { return parcels.count(q); }
            @Override public Envelope extent() { return parcels.extent(); }
            @Override public void read(Query q, Consumer<Feature> sink) {
                int[] n = {0};
                parcels.read(q, f -> {
                    if (++n[0] == 3) throw new IllegalStateException("disk unplugged");
                    sink.accept(f);
                });
            }
        };
        for (LayerExporter x : LayerExporter.all()) {
            Path target = dir.resolve("broken." + x.extensions().get(0));
            assertThrows(IllegalStateException.class, () -> x.export(failing, Query.ALL, target), x.id());
            try (Stream<Path> left = Files.list(dir)) {
                List<Path> files = left.toList();
                assertTrue(files.isEmpty(), x.id() + ": a failed export left " + files);
            }
        }
    }

    /** {@code ogrinfo -al -so FILE}, or null (skipped) when GDAL is absent locally; on CI (CI=true) GDAL is required. */
    static String ogrinfo(Path file) throws IOException, InterruptedException {
        String ogrinfo = null;
        for (String p : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!p.isEmpty() && Files.isExecutable(Path.of(p, "ogrinfo"))) ogrinfo = Path.of(p, "ogrinfo").toString();
        }
        if (ogrinfo == null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError("ogrinfo (GDAL, Debian package gdal-bin) is required on CI to check " + file.getFileName());
            }
            System.err.println("skipped: ogrinfo (GDAL) is not on PATH; " + file.getFileName() + " not checked with GDAL");
            return null;
        }
        ProcessBuilder pb = new ProcessBuilder(ogrinfo, "-al", "-so", file.toString()).redirectErrorStream(true);
        pb.environment().remove("SHAPE_ENCODING");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "ogrinfo did not finish");
        assertEquals(0, p.exitValue(), "ogrinfo failed on " + file.getFileName() + ":\n" + out);
        assertFalse(out.contains("Warning") || out.contains("ERROR"), "GDAL complains about " + file.getFileName() + ":\n" + out);
        return out;
    }
}
