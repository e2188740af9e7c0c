package org.onemap.datasources.postgis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.FieldType;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.DataSource;
import org.onemap.core.spi.DataSourceProvider;
import org.onemap.core.spi.FeatureStore;
import org.onemap.core.spi.Parameter;
import org.onemap.core.spi.Transaction;
import org.onemap.core.spi.VersionConflictException;

class PostgisProviderPostgisIT {
    private static final GeometryFactory GF = new GeometryFactory();
    private static final LayerSchema PARCEL = new LayerSchema("parcel", GeometryKind.POLYGON, 4326,
            List.of(FieldDef.of("parcel_code", FieldType.STRING), FieldDef.of("crop", FieldType.STRING), FieldDef.of("area_mu", FieldType.DOUBLE)));

    @RegisterExtension
    final FreshDatabase db = new FreshDatabase();

    private static Feature parcel(int i, String crop) {
        double x = 112.9 + i * 0.001;
        return Feature.create(GF.toGeometry(new Envelope(x, x + 0.0009, 27.8, 27.8009)),
                Map.of("parcel_code", String.format("430321-012-%05d", i), "crop", crop, "area_mu", 1.5 + i));
    }

    @Test
    void providerIsFoundByServiceLoaderAndOpensFromParameters() {
        DataSourceProvider p = ServiceLoader.load(DataSourceProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(x -> x.id().equals("postgis")).findFirst()
                .orElseThrow(() -> new AssertionError("no 'postgis' provider in META-INF/services/org.onemap.core.spi.DataSourceProvider"));
        assertTrue(p.parameters().stream().filter(Parameter::secret).map(Parameter::key).toList().contains("password"),
                "the password parameter must be marked secret so dialogs mask it and nothing stores it");
        PostgisAddress a = db.address();
        try (DataSource ds = p.open(Map.of("host", a.host(), "port", a.port(), "database", a.database(), "user", a.user()))) {
            assertEquals(List.of(), ds.layers(), "a fresh database has no layers");
        }
    }

    @Test
    void storesFeaturesWithUuidIdsVersionsGistIndexAndChangeLog() throws SQLException {
        try (PostgisDatabase pg = db.open("planner1")) {
            FeatureStore layer = pg.createLayer(PARCEL);
            String id;
            try (Transaction tx = layer.begin("planner1")) {
                id = tx.insert(parcel(1, "水稻"));
                tx.insert(parcel(2, "茶叶"));
                tx.commit();
            }
            assertTrue(id.matches("[0-9a-f-]{36}"), "a feature inserted without id gets a UUID (distributable), got " + id);
            Feature f = layer.list(Query.ALL.and(org.onemap.core.feature.AttributeFilter.eq("crop", "水稻"))).get(0);
            assertEquals(1, f.version());
            try (Transaction tx = layer.begin("planner2")) {
                tx.update(f.withAttribute("crop", "湘莲"));
                tx.commit();
            }
            Feature after = layer.list(Query.ALL).stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
            assertEquals(2, after.version(), "an update bumps the version");
            assertEquals("湘莲", after.get("crop"));
            assertEquals(1, layer.count(Query.bbox(new Envelope(112.9005, 112.9015, 27.8, 27.801))), "bbox count");
            assertEquals(List.of(after), layer.byIds(List.of(id, "no-such-id")), "looked up by primary key; an unknown id is left out");
            assertEquals(layer.list(Query.ALL).stream().collect(java.util.stream.Collectors.groupingBy(x -> (Object) x.get("crop"),
                            java.util.stream.Collectors.summingDouble(x -> ((Number) x.get("area_mu")).doubleValue()))),
                    layer.sumBy(Query.ALL, "crop", "area_mu"), "summed by the server as the features add up");
            assertEquals(2, pg.layers().get(0).count());

            try (Connection c = pg.connection(); Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("SELECT updated_by FROM parcel WHERE id = '" + id + "'")) {
                    rs.next();
                    assertEquals("planner2", rs.getString(1), "updated_by names who edited");
                }
                try (ResultSet rs = s.executeQuery("SELECT op, version, user_name FROM onemap_log_parcel WHERE feature_id = '" + id + "' ORDER BY seq")) {
                    rs.next();
                    assertEquals("insert", rs.getString(1));
                    rs.next();
                    assertEquals("update", rs.getString(1));
                    assertEquals(2, rs.getLong(2));
                    assertEquals("planner2", rs.getString(3));
                }
                try (ResultSet rs = s.executeQuery("SELECT indexdef FROM pg_indexes WHERE tablename = 'parcel' AND indexdef LIKE '%gist%'")) {
                    assertTrue(rs.next(), "the geometry column has a GiST index");
                }
            }
        }
    }

    @Test
    void updateOfAStaleVersionIsRefused() {
        try (PostgisDatabase pg = db.open("a")) {
            FeatureStore layer = pg.createLayer(PARCEL);
            try (Transaction tx = layer.begin("a")) {
                tx.insert(parcel(1, "水稻"));
                tx.commit();
            }
            Feature read = layer.list(Query.ALL).get(0);
            try (Transaction tx = layer.begin("a")) {
                tx.update(read.withAttribute("crop", "蔬菜"));
                tx.commit();
            }
            try (Transaction tx = layer.begin("b")) {
                assertThrows(VersionConflictException.class, () -> tx.update(read.withAttribute("crop", "油菜")),
                        "writing over a version someone else replaced must fail, not overwrite");
            }
        }
    }

    @Test
    void secondClientIsNotifiedOfACommittedChangeWithinOneSecond() throws Exception {
        try (PostgisDatabase writer = db.open("writer"); PostgisDatabase reader = db.open("reader")) {
            FeatureStore layer = writer.createLayer(PARCEL);
            BlockingQueue<String> events = new LinkedBlockingQueue<>();
            try (PostgisChangeFeed feed = PostgisChangeFeed.start(reader, events::add)) {
                try (Transaction tx = layer.begin("writer")) {
                    tx.insert(parcel(1, "水稻"));
                    tx.insert(parcel(2, "水稻"));
                    tx.commit();
                }
                assertEquals("parcel", events.poll(1, TimeUnit.SECONDS), "the listening client must hear about the commit within 1 s");
                assertEquals(null, events.poll(200, TimeUnit.MILLISECONDS), "one notification per layer and transaction, not per row");
            }
        }
    }
}
