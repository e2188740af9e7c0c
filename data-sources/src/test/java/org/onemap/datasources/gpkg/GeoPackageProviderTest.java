package org.onemap.datasources.gpkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.WKTReader;
import org.onemap.core.feature.AttributeFilter;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.FieldType;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.feature.LayerInfo;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.DataSource;
import org.onemap.core.spi.DataSourceException;
import org.onemap.core.spi.DataSources;
import org.onemap.core.spi.FeatureStore;
import org.onemap.core.spi.Transaction;

/** The GeoPackage provider on real .gpkg files: round trip, queries through the R-tree, edits. */
class GeoPackageProviderTest {
    static final GeometryFactory GF = new GeometryFactory();
    static final String[] CROPS = {"水稻", "湘莲", "蔬菜", "油菜", "茶叶", "柑橘"};

    @TempDir
    Path dir;

    static LayerSchema parcelSchema() {
        return new LayerSchema("parcel", GeometryKind.POLYGON, LayerSchema.WGS84, List.of(
                FieldDef.of("parcel_code", FieldType.STRING), FieldDef.of("crop", FieldType.STRING),
                FieldDef.of("area_mu", FieldType.DOUBLE), FieldDef.of("owner", FieldType.STRING),
                FieldDef.of("plots", FieldType.INTEGER), FieldDef.of("irrigated", FieldType.BOOLEAN),
                FieldDef.of("surveyed", FieldType.DATE), FieldDef.of("village_code", FieldType.STRING)));
    }

    /** Square {@code i} of a 10-wide grid of 0.001° parcels starting at 112.9 E, 27.8 N. */
    static Feature parcel(int i) {
        double x = 112.9 + (i % 10) * 0.001;
        double y = 27.8 + (i / 10) * 0.001;
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("parcel_code", String.format("430321-012-%05d", i));
        a.put("crop", CROPS[i % CROPS.length]);
        a.put("area_mu", 1.5 + i);
        a.put("owner", "农户" + i);
        a.put("plots", i % 4);
        a.put("irrigated", i % 2 == 0);
        a.put("surveyed", java.time.LocalDate.of(2024, 3, 1 + i % 28));
        a.put("village_code", "430321012001");
        return Feature.create(GF.toGeometry(new Envelope(x, x + 0.0009, y, y + 0.0009)), a);
    }

    static GeoPackage writeParcels(Path file, int n) {
        GeoPackage g = GeoPackage.open(file, true, false);
        FeatureStore store = g.createLayer(parcelSchema());
        try (Transaction tx = store.begin("test")) {
            for (int i = 0; i < n; i++) tx.insert(parcel(i));
            tx.commit();
        }
        return g;
    }

    @Test
    void roundTripsParcelsWithChineseAttributesAndTypes() {
        Path file = dir.resolve("parcels.gpkg");
        writeParcels(file, 50).close();
        try (DataSource ds = DataSources.open("geopackage", Map.of("path", file.toString()))) {
            assertInstanceOf(GeoPackage.class, ds);
            LayerInfo info = ds.layers().get(0);
            assertEquals("parcel", info.name());
            assertEquals(GeometryKind.POLYGON, info.geometryType());
            assertEquals(50, info.count());
            assertEquals(112.9, info.extent().getMinX(), 1e-12);
            assertEquals(112.9099, info.extent().getMaxX(), 1e-12);
            assertEquals(27.8, info.extent().getMinY(), 1e-12);
            assertEquals(27.8049, info.extent().getMaxY(), 1e-12);
            List<Feature> all = ds.layer("parcel").list(Query.ALL);
            assertEquals(50, all.size());
            for (int i = 0; i < 50; i++) {
                Feature want = parcel(i);
                Feature got = all.get(i);
                assertEquals(String.valueOf(i + 1), got.id(), "fids start at 1 in insertion order");
                assertEquals(want.attributes(), got.attributes());
                assertTrue(want.geometry().equalsExact(got.geometry()), "geometry of parcel " + i);
                assertEquals(4326, got.geometry().getSRID());
            }
            assertEquals(parcelSchema().fields(), ds.layer("parcel").schema().fields());
        }
    }

    @Test
    void bboxQueryUsesTheRtreeAndTestsGeometriesExactly() throws Exception {
        Path file = dir.resolve("q.gpkg");
        try (GeoPackage g = writeParcels(file, 100)) {
            var layer = g.layer("parcel");
            // parcels 0..2 of row 0 and 10..12 of row 1: a box over the first three columns, two rows
            Envelope box = new Envelope(112.9, 112.9025, 27.8, 27.8015);
            assertEquals(List.of("1", "2", "3", "11", "12", "13"), layer.list(Query.bbox(box)).stream().map(Feature::id).toList());
            assertEquals(6, layer.count(Query.bbox(box)));
            assertEquals(2, layer.count(Query.bbox(box).withLimit(2)));
            // a box in the 0.0001° gap between parcel envelopes hits none
            assertEquals(0, layer.count(Query.bbox(new Envelope(112.90091, 112.90099, 27.8, 27.8005))));
            assertEquals(17, layer.count(Query.ALL.and(AttributeFilter.eq("crop", "水稻"))));
            assertEquals(2, layer.count(Query.bbox(box).and(new AttributeFilter("area_mu", AttributeFilter.Op.GE, 12.0))), "parcels 11 and 12");
            assertEquals(5, layer.count(Query.ALL.and(AttributeFilter.eq("crop", "湘莲")).withLimit(5)));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*), MIN(minx), MAX(maxy) FROM rtree_parcel_geom")) {
            rs.next();
            assertEquals(100, rs.getInt(1), "the insert trigger indexed every parcel");
            assertEquals(112.9, rs.getDouble(2), 1e-5); // the R-tree holds 32-bit floats
            assertEquals(27.8099, rs.getDouble(3), 1e-5);
        }
    }

    @Test
    void updatesAndDeletesKeepTheRtreeAndExtentInStep() throws Exception {
        Path file = dir.resolve("edit.gpkg");
        try (GeoPackage g = writeParcels(file, 20)) {
            FeatureStore store = g.writableLayer("parcel").orElseThrow();
            Geometry moved = new WKTReader().read("POLYGON ((113.5 28.5, 113.6 28.5, 113.6 28.6, 113.5 28.5))");
            try (Transaction tx = store.begin("test")) {
                Feature f = store.list(Query.ALL.and(AttributeFilter.eq("parcel_code", "430321-012-00003"))).get(0);
                tx.update(f.withGeometry(moved).withAttribute("crop", "茶叶"));
                tx.delete("1", GpkgLayer.VERSION);
                tx.commit();
            }
            assertEquals(19, store.count(Query.ALL));
            List<Feature> hit = store.list(Query.bbox(new Envelope(113.55, 113.56, 28.51, 28.52)));
            assertEquals(List.of("4"), hit.stream().map(Feature::id).toList());
            assertEquals("茶叶", hit.get(0).get("crop"));
            assertEquals(0, store.count(Query.bbox(new Envelope(112.9, 112.9005, 27.8, 27.8005))), "deleted parcel 1 left the index");
            assertEquals(113.6, store.extent().getMaxX(), 1e-9);
            try (Transaction tx = store.begin("test")) {
                tx.insert(parcel(99));
                // closed without commit: nothing written
            }
            assertEquals(19, store.count(Query.ALL));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             ResultSet rs = c.createStatement().executeQuery("SELECT max_x, max_y FROM gpkg_contents WHERE table_name = 'parcel'")) {
            rs.next();
            assertEquals(113.6, rs.getDouble(1), 1e-9);
            assertEquals(28.6, rs.getDouble(2), 1e-9);
        }
    }

    @Test
    void geometryBlobHeaderCarriesSrsAndEnvelope() throws Exception {
        Geometry g = new WKTReader().read("LINESTRING (1 2, 3 -4)");
        byte[] blob = GpkgGeometry.encode(g, 4326);
        GpkgGeometry.Header h = GpkgGeometry.header(blob);
        assertEquals(4326, h.srsId());
        assertEquals(new Envelope(1, 3, -4, 2), h.envelope());
        assertEquals(40, h.wkbOffset());
        assertTrue(g.equalsExact(GpkgGeometry.decode(blob)));
        byte[] empty = GpkgGeometry.encode(GF.createPoint(), 4326);
        assertTrue(GpkgGeometry.header(empty).empty());
        assertNull(GpkgGeometry.envelope(empty));
        assertThrows(DataSourceException.class, () -> GpkgGeometry.header(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}));
        // what the importer used to check on its own copy of the codec: extended types, a blob cut inside its envelope
        byte[] extended = blob.clone();
        extended[3] |= 0x20;
        assertThrows(DataSourceException.class, () -> GpkgGeometry.decode(extended));
        assertThrows(DataSourceException.class, () -> GpkgGeometry.header(java.util.Arrays.copyOf(blob, 20)));
    }

    @Test
    void providerDescribesItsParametersAndRefusesAMissingFileUnlessAskedToCreate() {
        var p = DataSources.provider("geopackage");
        assertNotNull(p);
        assertEquals(List.of("path", "create", "readOnly"), p.parameters().stream().map(x -> x.key()).toList());
        Path missing = dir.resolve("none.gpkg");
        DataSourceException e = assertThrows(DataSourceException.class, () -> p.open(Map.of("path", missing)));
        assertTrue(e.getMessage().contains("no such GeoPackage"), e.getMessage());
        try (DataSource ds = p.open(Map.of("path", missing, "create", "true"))) {
            assertEquals(List.of(), ds.layers());
        }
        try (DataSource ds = p.open(Map.of("path", missing, "readOnly", true))) {
            assertTrue(ds.writableLayer("parcel").isEmpty());
        }
    }
}
