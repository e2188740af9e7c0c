package org.onemap.datasources.gpkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.feature.AttributeFilter;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldType;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.feature.LayerInfo;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.DataSource;
import org.onemap.core.spi.DataSources;
import org.onemap.core.spi.FeatureStore;
import org.onemap.core.spi.Transaction;

/** Our GeoPackages as GDAL reads them, and GDAL's GeoPackages as we read (and edit) them. */
class GeoPackageGdalInteropTest {
    /** The real county-level outlines (UTF-8 DBF) as the repository ships them; tests run in the module folder. */
    private static final Path DISTRICTS = Path.of("../sample-data/src/main/resources/org/onemap/sample/real/admin_amap_shp/xiangtan_districts.shp");

    @TempDir
    Path dir;

    @BeforeEach
    void gdal() {
        Gdal.requireTools();
    }

    @Test
    void ogrinfoReadsOurFileWithoutWarningsWithTheRightCountAndExtent() throws Exception {
        Path file = dir.resolve("parcels.gpkg");
        GeoPackageProviderTest.writeParcels(file, 250).close();
        String info = Gdal.run("ogrinfo", "-al", "-so", file.toString());
        assertFalse(info.contains("Warning") || info.contains("ERROR"), info);
        assertTrue(info.contains("Geometry: Polygon"), info);
        assertTrue(info.contains("Feature Count: 250"), info);
        assertTrue(info.contains("Extent: (112.900000, 27.800000) - (112.909900, 27.824900)"), info);
        assertTrue(info.contains("crop: String"), info);
        // GDAL trusts and uses our R-tree: its spatial filter goes through it and finds the same 6 parcels
        String index = Gdal.run("ogrinfo", file.toString(), "-sql", "SELECT HasSpatialIndex('parcel', 'geom')");
        assertTrue(index.contains("= 1"), index);
        String filtered = Gdal.run("ogrinfo", "-so", "-spat", "112.9", "27.8", "112.9025", "27.8015", file.toString(), "parcel");
        assertTrue(filtered.contains("Feature Count: 6"), filtered);
        String chinese = Gdal.run("ogrinfo", "-q", "-where", "fid = 2", file.toString(), "parcel");
        assertTrue(chinese.contains("crop (String) = 湘莲") && chinese.contains("owner (String) = 农户1"), chinese);
    }

    @Test
    void readsAFileOgr2ogrWroteFromAGbkShapefileWithTheRightValues() throws Exception {
        assertTrue(Files.exists(DISTRICTS), DISTRICTS.toAbsolutePath() + " is missing from the checkout");
        Path gbk = dir.resolve("gbk/districts.shp");
        Files.createDirectories(gbk.getParent());
        Gdal.run("ogr2ogr", "-f", "ESRI Shapefile", "-lco", "ENCODING=CP936", gbk.toString(), DISTRICTS.toString());
        byte[] dbf = Files.readAllBytes(dir.resolve("gbk/districts.dbf"));
        assertTrue(indexOf(dbf, "雨湖区".getBytes(Charset.forName("GBK"))) >= 0, "the fixture DBF really is GBK");
        Path file = dir.resolve("districts.gpkg");
        Gdal.run("ogr2ogr", "-f", "GPKG", "-a_srs", "EPSG:4326", file.toString(), gbk.toString());
        String ogr = Gdal.run("ogrinfo", "-al", "-so", file.toString());

        try (DataSource ds = DataSources.open("geopackage", Map.of("path", file))) {
            LayerInfo info = ds.layers().get(0);
            assertEquals("districts", info.name());
            assertEquals(5, info.count());
            assertEquals(GeometryKind.POLYGON, info.geometryType());
            assertTrue(ogr.contains("Geometry: Polygon"), ogr);
            assertEquals(ogrExtent(ogr), rounded(info.extent()), "extent as ogrinfo reports it");
            var layer = ds.layer("districts");
            assertEquals(FieldType.STRING, layer.schema().field("name").orElseThrow().type());
            assertEquals(FieldType.DOUBLE, layer.schema().field("centerlat").orElseThrow().type());
            List<String> names = layer.list(Query.ALL).stream().map(f -> (String) f.get("name")).sorted().toList();
            assertEquals(List.of("岳塘区", "湘乡市", "湘潭县", "雨湖区", "韶山市"), names);
            Feature shaoshan = layer.list(Query.ALL.and(AttributeFilter.eq("adcode", "430382"))).get(0);
            assertEquals("韶山市", shaoshan.get("name"));
            assertEquals("湘潭市", shaoshan.get("ctname"));
            assertTrue(shaoshan.geometry().isValid() && shaoshan.geometry().getArea() > 0.01, "韶山市 is ~247 km²");
            // a point inside 韶山市 (GCJ-02 centre) finds it through GDAL's R-tree
            double lon = (Double) shaoshan.get("centerlng");
            double lat = (Double) shaoshan.get("centerlat");
            List<Feature> hit = layer.list(Query.bbox(new Envelope(lon, lon, lat, lat)));
            assertEquals(List.of("韶山市"), hit.stream().map(f -> f.get("name")).toList());

            // and our edits through GDAL's own triggers (which call the ST_ functions we register) stay readable by GDAL
            FeatureStore store = ds.writableLayer("districts").orElseThrow();
            try (Transaction tx = store.begin("test")) {
                tx.update(shaoshan.withAttribute("name", "韶山市（改）"));
                tx.commit();
            }
        }
        String after = Gdal.run("ogrinfo", "-q", "-where", "adcode = '430382'", file.toString(), "districts");
        assertTrue(after.contains("name (String) = 韶山市（改）"), after);
        String check = Gdal.run("ogrinfo", "-al", "-so", file.toString());
        assertFalse(check.contains("Warning") || check.contains("ERROR"), check);
    }

    private static String ogrExtent(String ogrinfo) {
        Matcher m = Pattern.compile("Extent: \\(([-0-9.]+), ([-0-9.]+)\\) - \\(([-0-9.]+), ([-0-9.]+)\\)").matcher(ogrinfo);
        assertTrue(m.find(), ogrinfo);
        return m.group(1) + "," + m.group(2) + "," + m.group(3) + "," + m.group(4);
    }

    private static String rounded(Envelope e) {
        return String.format(java.util.Locale.ROOT, "%.6f,%.6f,%.6f,%.6f", e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY());
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }
}
