package org.onemap.datasources.h2gis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.onemap.core.feature.AttributeFilter;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.LayerInfo;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.DataSourceException;
import org.onemap.core.spi.FeatureStore;
import org.onemap.core.spi.Transaction;
import org.onemap.core.spi.UnknownLayerException;
import org.onemap.core.spi.VersionConflictException;
import org.onemap.core.workspace.SqlResult;

/** Layers, queries, edits, versions and audit on one real workspace file shared by the class (H2GIS loads once). */
class H2gisWorkspaceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static H2gisWorkspace ws;

    @BeforeAll
    static void openWorkspace() {
        ws = H2gisWorkspace.open(tmp.resolve("ws"), "李四");
        assertTrue(ws.isNew(), "a workspace opened in an empty folder must report isNew() so the app seeds it");
    }

    @AfterAll
    static void closeWorkspace() {
        ws.close();
    }

    /** A layer with {@code n} parcels loaded in one committed transaction. */
    private static FeatureStore layerWith(String name, int n) {
        FeatureStore s = ws.createLayer(Parcels.schema(name));
        try (Transaction tx = s.begin("seeder")) {
            tx.insertAll(Parcels.parcels(0, n));
            tx.commit();
        }
        return s;
    }

    private static List<Map<String, Object>> audit(String layer, String featureId) {
        SqlResult r = ws.sql("SELECT op, user_name, before_json, after_json FROM onemap_audit WHERE layer = '" + layer
                + "' AND feature_id = '" + featureId + "' ORDER BY seq");
        return r.rows().stream().map(row -> Map.of("op", row.get(0), "user", row.get(1),
                "before", row.get(2) == null ? "" : row.get(2), "after", row.get(3) == null ? "" : row.get(3))).toList();
    }

    private static long auditCount(String layer) {
        return ((Number) ws.sql("SELECT COUNT(*) FROM onemap_audit WHERE layer = '" + layer + "'").rows().get(0).get(0)).longValue();
    }

    @Test
    void createsLayerListedInCatalogWithSchema() {
        FeatureStore s = ws.createLayer(Parcels.schema("created"));
        assertEquals(Parcels.schema("created"), s.schema(), "the schema read back from the table must equal the one created");
        LayerInfo info = ws.layers().stream().filter(l -> l.name().equals("created")).findFirst()
                .orElseThrow(() -> new AssertionError("layers() must list a new layer: " + ws.layers()));
        assertEquals(0, info.count());
        assertNull(info.extent(), "an empty layer has no extent");
        assertTrue(ws.hasLayer("created"));
        assertThrows(DataSourceException.class, () -> ws.createLayer(Parcels.schema("created")), "a taken name must be refused");
    }

    @Test
    void everyGeometryColumnOfEveryLayerHasASpatialIndex() throws Exception {
        layerWith("indexed", 3);
        try (Connection c = ws.connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT C.TABLE_NAME, C.COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS C JOIN ONEMAP_LAYER L ON C.TABLE_NAME = UPPER(L.NAME) "
                        + "WHERE C.TABLE_SCHEMA = 'PUBLIC' AND C.DATA_TYPE = 'GEOMETRY' AND NOT EXISTS (SELECT 1 FROM INFORMATION_SCHEMA.INDEXES I "
                        + "JOIN INFORMATION_SCHEMA.INDEX_COLUMNS IC ON IC.INDEX_SCHEMA = I.INDEX_SCHEMA AND IC.INDEX_NAME = I.INDEX_NAME "
                        + "WHERE I.TABLE_NAME = C.TABLE_NAME AND IC.COLUMN_NAME = C.COLUMN_NAME AND I.INDEX_TYPE_NAME = 'SPATIAL INDEX')");
             ResultSet rs = ps.executeQuery()) {
            StringBuilder missing = new StringBuilder();
            while (rs.next()) missing.append(rs.getString(1)).append('.').append(rs.getString(2)).append(' ');
            assertEquals("", missing.toString(), "geometry columns without a spatial index");
        }
    }

    @Test
    void bboxQueryUsesTheSpatialIndex() throws Exception {
        FeatureStore s = layerWith("planned", 5);
        LayerTable t = WorkspaceCatalog.describe(ws.connection(), "planned");
        QuerySql q = QuerySql.of(Query.bbox(new Envelope(112.9, 112.901, 27.8, 27.801)), t);
        try (Connection c = ws.connection(); PreparedStatement ps = c.prepareStatement("EXPLAIN SELECT COUNT(*) FROM " + t.quotedTable() + q.where())) {
            q.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                String plan = rs.getString(1);
                assertTrue(plan.contains("PLANNED_GEOM_SIDX"), "bbox queries must be answered by the spatial index, plan was:\n" + plan);
            }
        }
        assertEquals(2, s.count(Query.bbox(new Envelope(112.9, 112.9012, 27.8, 27.8001))), "squares 0 and 1 touch that box");
    }

    @Test
    void insertsAndReadsFeaturesInIdOrderWithGeometryAndAttributes() {
        FeatureStore s = ws.createLayer(Parcels.schema("roundtrip"));
        String id;
        try (Transaction tx = s.begin("王五")) {
            id = tx.insert(Parcels.parcel(7));
            tx.insertAll(Parcels.parcels(10, 3));
            tx.commit();
        }
        List<Feature> all = s.list(Query.ALL);
        assertEquals(4, all.size());
        assertEquals(List.of(id, "2", "3", "4"), all.stream().map(Feature::id).toList(), "features come in id order, ids from 1");
        Feature f = all.get(0);
        assertEquals(1, f.version(), "a new feature is at version 1");
        assertTrue(f.geometry().equalsExact(Parcels.square(7)), "geometry round trip: " + f.geometry());
        assertEquals(4326, f.geometry().getSRID());
        assertEquals(Parcels.parcel(7).attributes(), f.attributes(), "attributes round trip, in schema order");
        List<Object> stamp = ws.sql("SELECT updated_by, updated_at IS NOT NULL, version FROM roundtrip WHERE id = " + id).rows().get(0);
        assertEquals(List.of("王五", true, 1L), stamp, "updated_by is the transaction's user, updated_at is set");
    }

    @Test
    void chineseTextRoundTripsThroughSpiAndSql() {
        FeatureStore s = ws.createLayer(Parcels.schema("chinese"));
        Feature f = Parcels.parcel(1).withAttribute("owner", "湘潭县花石镇 张三丰 𠀋").withAttribute("crop", "湘莲");
        try (Transaction tx = s.begin("张三")) {
            tx.insert(f);
            tx.commit();
        }
        assertEquals("湘潭县花石镇 张三丰 𠀋", s.list(Query.ALL).get(0).get("owner"));
        assertEquals(1, s.count(new Query(null, List.of(AttributeFilter.eq("crop", "湘莲")), 0)), "filter on a Chinese value");
        assertEquals("湘莲", ws.sql("SELECT crop FROM chinese").rows().get(0).get(0));
        ws.sql("UPDATE chinese SET owner = '湘潭县花石镇 李四' WHERE id = 1");
        assertTrue(ws.sql("SELECT after_json FROM onemap_audit WHERE layer = 'chinese'").toCsv().contains("湘潭县花石镇"),
                "the audit JSON keeps Chinese text readable");
    }

    @Test
    void queriesByBboxFiltersAndLimit() {
        FeatureStore s = layerWith("queried", 30); // squares 0..29: rows y = 27.800, 27.801, 27.802
        Envelope firstRow = new Envelope(112.8995, 112.9105, 27.8001, 27.8005);
        assertEquals(10, s.count(Query.bbox(firstRow)));
        Query rice = Query.bbox(firstRow).and(AttributeFilter.eq("crop", "水稻")); // i % 6 == 0 → 0, 6
        assertEquals(List.of("430321-012-00000", "430321-012-00006"), s.list(rice).stream().map(f -> f.get("parcel_code")).toList());
        assertEquals(1, s.list(rice.withLimit(1)).size(), "limit");
        assertEquals(1, s.count(rice.withLimit(1)), "count applies the limit");
        Query big = new Query(null, List.of(new AttributeFilter("area_mu", AttributeFilter.Op.GE, 25.0),
                new AttributeFilter("owner", AttributeFilter.Op.LIKE, "农户2%")), 0);
        assertEquals(List.of(25.0, 26.0, 27.0, 28.0, 29.0, 30.0), s.list(big).stream().map(f -> f.get("area_mu")).toList());
        assertEquals(30, s.count(new Query(null, List.of(new AttributeFilter("crop", AttributeFilter.Op.NOT_NULL, null)), 0)));
        assertEquals(1, s.count(new Query(null, List.of(AttributeFilter.eq("id", "3")), 0)), "filter by feature id given as text");
        // a box touching no square: between columns, and outside the grid
        assertEquals(0, s.count(Query.bbox(new Envelope(112.90091, 112.90099, 27.8, 27.8009))));
        assertEquals(0, s.count(Query.bbox(new Envelope(100, 101, 20, 21))));
        DataSourceException e = assertThrows(DataSourceException.class,
                () -> s.count(new Query(null, List.of(AttributeFilter.eq("crop'; DROP TABLE queried; --", "x")), 0)));
        assertTrue(e.getMessage().contains("has no field"), "unknown filter fields are refused by name: " + e.getMessage());
        assertEquals(30, s.count(Query.ALL), "the layer is intact");
    }

    @Test
    void layersReportCountAndExtent() {
        layerWith("counted", 25);
        LayerInfo info = ws.layers().stream().filter(l -> l.name().equals("counted")).findFirst().orElseThrow();
        assertEquals(25, info.count());
        Envelope e = info.extent();
        assertEquals(112.9, e.getMinX(), 1e-9);
        assertEquals(27.8, e.getMinY(), 1e-9);
        assertEquals(112.9099, e.getMaxX(), 1e-9);
        assertEquals(27.8029, e.getMaxY(), 1e-9);
        assertEquals(e, ws.layer("counted").extent());
    }

    @Test
    void updateBumpsVersionStampsUserAndAuditsBeforeAndAfter() throws Exception {
        FeatureStore s = layerWith("edited", 3);
        Feature f = s.list(new Query(null, List.of(AttributeFilter.eq("id", "2")), 0)).get(0);
        try (Transaction tx = s.begin("赵六")) {
            tx.update(f.withAttribute("crop", "柑橘").withGeometry(Parcels.square(50)));
            tx.commit();
        }
        Feature after = s.list(new Query(null, List.of(AttributeFilter.eq("id", "2")), 0)).get(0);
        assertEquals(2, after.version(), "an update moves the version on by one");
        assertEquals("柑橘", after.get("crop"));
        assertTrue(after.geometry().equalsExact(Parcels.square(50)));
        assertEquals("赵六", ws.sql("SELECT updated_by FROM edited WHERE id = 2").rows().get(0).get(0));
        List<Map<String, Object>> log = audit("edited", "2");
        Map<String, Object> last = log.get(log.size() - 1);
        assertEquals("update", last.get("op"));
        assertEquals("赵六", last.get("user"));
        JsonNode before = JSON.readTree((String) last.get("before"));
        JsonNode now = JSON.readTree((String) last.get("after"));
        assertEquals("湘莲", before.get("crop").asText(), "before image holds the old value");
        assertEquals("柑橘", now.get("crop").asText(), "after image holds the new value");
        assertEquals(1, before.get("version").asLong());
        assertEquals(2, now.get("version").asLong());
        assertTrue(now.get("geom").asText().startsWith("POLYGON"), "geometry is audited as WKT: " + now.get("geom"));
    }

    @Test
    void sqlUpdateIsAuditedWithTheSessionUserAndBumpsVersion() throws Exception {
        layerWith("parcel", 3);
        SqlResult r = ws.sql("UPDATE parcel SET crop='茶叶' WHERE id=1");
        assertFalse(r.isQuery());
        assertEquals(1, r.updateCount());
        List<Object> row = ws.sql("SELECT crop, version, updated_by FROM parcel WHERE id = 1").rows().get(0);
        assertEquals(List.of("茶叶", 2L, "李四"), row, "SQL writes are versioned and stamped with the workspace user");
        Map<String, Object> last = audit("parcel", "1").get(audit("parcel", "1").size() - 1);
        assertEquals("update", last.get("op"));
        assertEquals("李四", last.get("user"), "SQL writes are audited with the user the workspace was opened for");
        assertEquals("水稻", JSON.readTree((String) last.get("before")).get("crop").asText());
        assertEquals("茶叶", JSON.readTree((String) last.get("after")).get("crop").asText());
        // explicit values for the bookkeeping columns cannot fake history
        ws.sql("UPDATE parcel SET version = 1, updated_by = 'mallory' WHERE id = 1");
        assertEquals(List.of(3L, "李四"), ws.sql("SELECT version, updated_by FROM parcel WHERE id = 1").rows().get(0));
    }

    @Test
    void sqlDeleteAndInsertAreAuditedAndAuditBypassesAreRefused() {
        layerWith("sqlwrites", 3);
        long before = auditCount("sqlwrites");
        ws.sql("DELETE FROM sqlwrites WHERE id = 3");
        ws.sql("INSERT INTO sqlwrites(geom, crop) VALUES (ST_GeomFromText('POLYGON((112 27, 112.1 27, 112.1 27.1, 112 27))', 4326), '蔬菜')");
        assertEquals(before + 2, auditCount("sqlwrites"), "one audit row per SQL-deleted and SQL-inserted feature");
        assertEquals(List.of("insert", "delete"), ws.sql("SELECT op FROM onemap_audit WHERE layer = 'sqlwrites' ORDER BY seq DESC LIMIT 2")
                .rows().stream().map(r -> r.get(0)).toList(), "newest first");
        DataSourceException e = assertThrows(DataSourceException.class, () -> ws.sql("TRUNCATE TABLE sqlwrites"));
        assertTrue(e.getMessage().contains("audit"), e.getMessage());
        assertThrows(DataSourceException.class, () -> ws.sql("DROP TRIGGER SQLWRITES_ONEMAP_AUDIT"), "audit cannot be switched off with SQL");
        assertEquals(3L, ws.sql("SELECT COUNT(*) FROM sqlwrites").rows().get(0).get(0));
    }

    @Test
    void sqlQueryReturnsLowerCaseColumnsAndWktAsCsv() {
        layerWith("csv", 2);
        SqlResult r = ws.sql("SELECT id, crop, geom, ST_Area(geom) > 0 AS positive FROM csv ORDER BY id");
        assertTrue(r.isQuery());
        assertEquals(List.of("id", "crop", "geom", "positive"), r.columns());
        assertEquals(2, r.rows().size());
        assertTrue(r.rows().get(0).get(2).toString().startsWith("POLYGON ((112.9 27.8"), "geometries come back as WKT");
        String csv = r.toCsv();
        assertTrue(csv.startsWith("id,crop,geom,positive\n1,水稻,\"POLYGON ((112.9 27.8,"), "CSV with header, WKT quoted:\n" + csv);
        DataSourceException bad = assertThrows(DataSourceException.class, () -> ws.sql("SELEC nonsense"));
        assertTrue(bad.getMessage().startsWith("cannot run SQL: Syntax error"), bad.getMessage());
    }

    @Test
    void deleteChecksVersionAndIsAudited() throws Exception {
        FeatureStore s = layerWith("deleted", 3);
        try (Transaction tx = s.begin("孙七")) {
            assertThrows(VersionConflictException.class, () -> tx.delete("1", 5));
            tx.delete("1", 1);
            tx.commit();
        }
        assertEquals(2, s.count(Query.ALL));
        Map<String, Object> last = audit("deleted", "1").get(audit("deleted", "1").size() - 1);
        assertEquals("delete", last.get("op"));
        assertEquals("孙七", last.get("user"));
        assertEquals("水稻", JSON.readTree((String) last.get("before")).get("crop").asText());
        assertEquals("", last.get("after"));
    }

    @Test
    void staleVersionIsAConflictNamingTheCurrentVersion() {
        FeatureStore s = layerWith("conflict", 2);
        Feature mine = s.list(Query.ALL).get(0);
        ws.sql("UPDATE conflict SET owner = '别人' WHERE id = " + mine.id()); // someone else moved it to version 2
        try (Transaction tx = s.begin("me")) {
            VersionConflictException e = assertThrows(VersionConflictException.class, () -> tx.update(mine.withAttribute("crop", "油菜")));
            assertTrue(e.getMessage().contains("version 1, now 2"), e.getMessage());
            DataSourceException gone = assertThrows(DataSourceException.class, () -> tx.delete("999", 1));
            assertTrue(gone.getMessage().contains("no feature 999"), gone.getMessage());
            tx.commit();
        }
        assertEquals("别人", s.list(Query.ALL).get(0).get("owner"), "the other user's change survives");
    }

    @Test
    void rollbackAndUncommittedCloseLeaveNothing() {
        FeatureStore s = layerWith("rolledback", 2);
        long audited = auditCount("rolledback");
        Feature first = s.list(Query.ALL).get(0);
        try (Transaction tx = s.begin("u")) {
            tx.insertAll(Parcels.parcels(100, 50));
            tx.update(first.withAttribute("crop", "油菜"));
            tx.delete("2", 1);
            tx.rollback();
        }
        try (Transaction tx = s.begin("u")) {
            tx.insert(Parcels.parcel(200)); // closed without commit
        }
        assertEquals(2, s.count(Query.ALL));
        assertEquals(first, s.list(Query.ALL).get(0), "the feature is unchanged, version included");
        assertEquals(audited, auditCount("rolledback"), "no audit rows from rolled-back work");
    }

    @Test
    void failingBatchKeepsNothingOfThatBatch() {
        FeatureStore s = layerWith("batchfail", 2);
        List<Feature> batch = new java.util.ArrayList<>(Parcels.parcels(10, 5));
        batch.add(Parcels.parcel(99).withGeometry(Parcels.GF.createPoint(new org.locationtech.jts.geom.Coordinate(112, 27))));
        try (Transaction tx = s.begin("u")) {
            tx.insert(Parcels.parcel(50));
            DataSourceException e = assertThrows(DataSourceException.class, () -> tx.insertAll(batch));
            assertTrue(e.getMessage().contains("holds Polygon geometries; got Point"), e.getMessage());
            tx.commit();
        }
        assertEquals(3, s.count(Query.ALL), "the earlier insert is kept, none of the failed batch");
    }

    @Test
    void brandNewLayerSeedIsSummarisedButLaterWritesAreAuditedPerRow() {
        FeatureStore s = layerWith("seeded", 40);
        assertEquals(List.of(List.of("insert", "{\"seeded\":40}")),
                ws.sql("SELECT op, after_json FROM onemap_audit WHERE layer = 'seeded'").rows(),
                "the first load of a brand-new layer leaves one summary audit record");
        assertEquals(List.of(List.of(40L, 1L, "seeder")), ws.sql("SELECT COUNT(*), MAX(version), MAX(updated_by) FROM seeded").rows(),
                "seeded rows are still stamped");
        try (Transaction tx = s.begin("later")) {
            tx.insertAll(Parcels.parcels(40, 5));
            tx.commit();
        }
        assertEquals(6, auditCount("seeded"), "inserts into a layer that has data are audited one by one");
        FeatureStore sketch = ws.createLayer(Parcels.schema("sketch"));
        try (Transaction tx = sketch.begin("drawer")) {
            tx.insert(Parcels.parcel(1)); // a user drawing the first feature of an empty layer
            tx.commit();
        }
        assertEquals(List.of(List.of("1", "insert", "drawer")), ws.sql("SELECT feature_id, op, user_name FROM onemap_audit WHERE layer = 'sketch'")
                .rows(), "single inserts are audited per row even into a new layer");
    }

    @Test
    void explicitIdsDoNotCollideWithGeneratedOnes() {
        FeatureStore s = ws.createLayer(Parcels.schema("given_ids"));
        try (Transaction tx = s.begin("sync")) {
            tx.insert(new Feature("10", Parcels.square(1), Map.of("crop", "水稻"), 0));
            assertEquals("11", tx.insert(Parcels.parcel(2)), "an id after a given one in the same transaction");
            tx.commit();
        }
        ws.sql("INSERT INTO given_ids(id, geom) VALUES (40, ST_GeomFromText('POLYGON((112 27, 112.1 27, 112.1 27.1, 112 27))', 4326))");
        try (Transaction tx = s.begin("u")) {
            assertEquals("41", tx.insert(Parcels.parcel(3)), "generated ids continue after ids inserted with SQL");
            tx.insertAll(List.of(new Feature("100", Parcels.square(4), Map.of(), 0), Parcels.parcel(5), Parcels.parcel(6)));
            tx.commit();
        }
        try (Transaction tx = s.begin("u")) {
            assertEquals("103", tx.insert(Parcels.parcel(7)), "a batch mixing given and new ids moves the identity past both");
            tx.commit();
        }
        assertEquals(List.of("10", "11", "40", "41", "100", "101", "102", "103"),
                s.list(Query.ALL).stream().map(Feature::id).toList(), "ids in the layer, in id order");
    }

    @Test
    void partialUpdateKeepsOtherAttributesAndUnknownFieldsAreRefused() {
        FeatureStore s = layerWith("partial", 1);
        Feature f = s.list(Query.ALL).get(0);
        try (Transaction tx = s.begin("u")) {
            tx.update(new Feature(f.id(), f.geometry(), Map.of("crop", "蔬菜"), f.version()));
            DataSourceException e = assertThrows(DataSourceException.class,
                    () -> tx.update(new Feature(f.id(), f.geometry(), Map.of("colour", "red"), 2)));
            assertTrue(e.getMessage().contains("layer partial has no field 'colour'"), e.getMessage());
            tx.commit();
        }
        Feature now = s.list(Query.ALL).get(0);
        assertEquals("蔬菜", now.get("crop"));
        assertEquals(f.get("owner"), now.get("owner"));
    }

    @Test
    void geometriesAreFittedToTheLayer() {
        FeatureStore s = ws.createLayer(new org.onemap.core.feature.LayerSchema("multi", org.onemap.core.feature.GeometryKind.MULTIPOLYGON,
                4326, List.of()));
        Geometry z = Parcels.GF.createPolygon(new org.locationtech.jts.geom.Coordinate[] {
            new org.locationtech.jts.geom.Coordinate(112, 27, 50), new org.locationtech.jts.geom.Coordinate(112.1, 27, 51),
            new org.locationtech.jts.geom.Coordinate(112.1, 27.1, 52), new org.locationtech.jts.geom.Coordinate(112, 27, 50)});
        try (Transaction tx = s.begin("u")) {
            tx.insert(Feature.create(z, Map.of()));
            tx.commit();
        }
        Geometry stored = s.list(Query.ALL).get(0).geometry();
        assertEquals("MultiPolygon", stored.getGeometryType(), "a polygon goes into a multipolygon layer as one part");
        assertTrue(Double.isNaN(stored.getCoordinate().getZ()), "Z is dropped: layers are 2D");
        assertEquals(50, z.getCoordinate().getZ(), "the caller's geometry is not modified");
        Geometry gk = Parcels.square(1).copy();
        gk.setSRID(4547);
        try (Transaction tx = s.begin("u")) {
            DataSourceException e = assertThrows(DataSourceException.class, () -> tx.insert(Feature.create(gk, Map.of())));
            assertTrue(e.getMessage().contains("SRID 4547"), e.getMessage());
        }
    }

    @Test
    void invalidNamesAreRefusedAndLeaveNothing() {
        for (String bad : List.of("Parcel", "1parcel", "parcel-2024", "地块", "onemap_layer", "a".repeat(64))) {
            DataSourceException e = assertThrows(DataSourceException.class, () -> ws.createLayer(Parcels.schema(bad)), bad);
            assertTrue(e.getMessage().contains("layer name"), e.getMessage());
        }
        var fields = List.of(org.onemap.core.feature.FieldDef.of("version", org.onemap.core.feature.FieldType.LONG));
        DataSourceException e = assertThrows(DataSourceException.class, () -> ws.createLayer(
                new org.onemap.core.feature.LayerSchema("reserved", org.onemap.core.feature.GeometryKind.POINT, 4326, fields)));
        assertTrue(e.getMessage().contains("reserved"), e.getMessage());
        assertFalse(ws.hasLayer("reserved"));
        assertTrue(ws.sql("SELECT * FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'RESERVED'").rows().isEmpty());
    }

    @Test
    void fieldNamesThatAreSqlKeywordsWork() {
        var schema = new org.onemap.core.feature.LayerSchema("stats", org.onemap.core.feature.GeometryKind.POINT, 4326, List.of(
                org.onemap.core.feature.FieldDef.of("YEAR", org.onemap.core.feature.FieldType.INTEGER),
                org.onemap.core.feature.FieldDef.of("value", org.onemap.core.feature.FieldType.DOUBLE),
                org.onemap.core.feature.FieldDef.of("surveyed", org.onemap.core.feature.FieldType.DATE),
                org.onemap.core.feature.FieldDef.of("seen_at", org.onemap.core.feature.FieldType.TIMESTAMP),
                org.onemap.core.feature.FieldDef.of("organic", org.onemap.core.feature.FieldType.BOOLEAN),
                org.onemap.core.feature.FieldDef.of("households", org.onemap.core.feature.FieldType.LONG)));
        FeatureStore s = ws.createLayer(schema);
        assertEquals("year", s.schema().fields().get(0).name(), "field names are kept in lower case");
        java.time.Instant seen = java.time.Instant.parse("2024-05-01T08:30:00Z");
        Map<String, Object> a = new java.util.HashMap<>();
        a.put("YEAR", 2024);
        a.put("value", 3.5);
        a.put("surveyed", java.time.LocalDate.of(2024, 4, 30));
        a.put("seen_at", seen);
        a.put("organic", true);
        a.put("households", 12L);
        try (Transaction tx = s.begin("u")) {
            tx.insert(Feature.create(Parcels.GF.createPoint(new org.locationtech.jts.geom.Coordinate(112.9, 27.8)), a));
            tx.commit();
        }
        Feature f = s.list(new Query(null, List.of(new AttributeFilter("year", AttributeFilter.Op.GE, 2024),
                new AttributeFilter("seen_at", AttributeFilter.Op.EQ, seen)), 0)).get(0);
        assertEquals(2024, f.get("year"));
        assertEquals(3.5, f.get("value"));
        assertEquals(java.time.LocalDate.of(2024, 4, 30), f.get("surveyed"));
        assertEquals(seen, f.get("seen_at"));
        assertEquals(true, f.get("organic"));
        assertEquals(12L, f.get("households"));
    }

    @Test
    void schemaChangesMadeWithSqlAreSeenAndAudited() throws Exception {
        FeatureStore s = layerWith("altered", 2);
        ws.sql("ALTER TABLE altered ADD COLUMN note VARCHAR");
        FeatureStore fresh = ws.writableLayer("altered").orElseThrow();
        assertEquals("note", fresh.schema().fields().get(fresh.schema().fields().size() - 1).name(), "a column added with SQL is a field");
        Feature f = fresh.list(Query.ALL).get(0);
        try (Transaction tx = fresh.begin("u")) {
            tx.update(f.withAttribute("note", "已核实"));
            tx.commit();
        }
        Map<String, Object> last = audit("altered", f.id()).get(audit("altered", f.id()).size() - 1);
        assertEquals("已核实", JSON.readTree((String) last.get("after")).get("note").asText(), "the audit trigger sees the new column");
        assertEquals(2L, ws.sql("SELECT version FROM altered WHERE id = " + f.id()).rows().get(0).get(0));
        ws.sql("DROP TABLE altered");
        assertFalse(ws.layers().stream().anyMatch(l -> l.name().equals("altered")), "a layer whose table was dropped is not listed");
        assertThrows(UnknownLayerException.class, () -> ws.layer("altered"));
        assertThrows(DataSourceException.class, () -> s.count(Query.ALL), "an old handle on a dropped layer fails cleanly");
    }

    @Test
    void tableMadeWithSqlIsNotOverwrittenByANewLayer() {
        ws.sql("CREATE TABLE taken(x INT)");
        ws.sql("INSERT INTO taken VALUES (7)");
        DataSourceException e = assertThrows(DataSourceException.class, () -> ws.createLayer(Parcels.schema("taken")));
        assertTrue(e.getMessage().contains("already has a table named taken"), e.getMessage());
        assertEquals(List.of(List.of(7)), ws.sql("SELECT x FROM taken").rows());
        assertFalse(ws.hasLayer("taken"));
    }

    @Test
    void unknownLayerIsReportedByName() {
        UnknownLayerException e = assertThrows(UnknownLayerException.class, () -> ws.layer("nosuch"));
        assertEquals("nosuch", e.layer());
        assertTrue(ws.writableLayer("nosuch").isEmpty());
        assertFalse(ws.hasLayer("nosuch"));
    }

    @Test
    void connectionCarriesTheWorkspaceUser() throws Exception {
        try (Connection c = ws.connection(); ResultSet rs = c.createStatement().executeQuery("SELECT @onemap_user")) {
            rs.next();
            assertEquals("李四", rs.getString(1));
        }
        assertNotNull(ws.sql("SELECT ST_Area(ST_MakeEnvelope(0, 0, 2, 1, 4326))").rows().get(0).get(0), "H2GIS functions are loaded");
    }
}
