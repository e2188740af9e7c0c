package org.onemap.datasources.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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

/** The HTTP source against a real OGC API Features server: MapServer 8 serving 25 test parcels. */
class OgcApiFeaturesMapServerIT {
    @TempDir
    static Path dir;
    static MapServerCgi mapserver;

    @BeforeAll
    static void start() throws Exception {
        MapServerCgi.requireMapserv();
        Path geojson = dir.resolve("parcels.geojson");
        Files.writeString(geojson, Fixtures.parcelsGeoJson(25), StandardCharsets.UTF_8);
        mapserver = new MapServerCgi(dir, geojson);
    }

    @AfterAll
    static void stop() {
        if (mapserver != null) mapserver.close();
    }

    @BeforeEach
    void forget() {
        mapserver.requests.clear();
    }

    private DataSource open(int pageSize) {
        return DataSources.open("http", Map.of("url", mapserver.landingPage(), "pageSize", pageSize));
    }

    @Test
    void discoversTheCollectionFromTheLandingPage() {
        try (DataSource ds = open(10)) {
            LayerInfo info = ds.layers().get(0);
            assertEquals("parcel", info.name());
            assertEquals(GeometryKind.POLYGON, info.geometryType());
            assertEquals(25, info.count(), "numberMatched from the server");
            assertEquals(new Envelope(112.9, 112.91, 27.8, 27.803), info.extent());
            assertEquals(FieldType.STRING, ds.layer("parcel").schema().field("crop").orElseThrow().type());
            assertTrue(ds.writableLayer("parcel").isEmpty(), "read-only");
        }
    }

    @Test
    void readsEveryFeatureByFollowingNextLinks() {
        try (DataSource ds = open(10)) {
            mapserver.requests.clear();
            List<Feature> all = ds.layer("parcel").list(Query.ALL);
            assertEquals(25, all.size());
            long itemPages = mapserver.requests.stream().filter(r -> r.contains("/items")).count();
            assertEquals(3, itemPages, "25 features in pages of 10: " + mapserver.requests);
            for (int i = 0; i < 25; i++) {
                Feature want = Fixtures.parcel(i);
                Feature got = all.stream().filter(f -> want.get("parcel_code").equals(f.get("parcel_code"))).findFirst().orElseThrow();
                assertEquals(want.get("crop"), got.get("crop"));
                assertEquals(want.get("owner"), got.get("owner"));
                assertEquals(((Number) want.get("area_mu")).doubleValue(), Double.parseDouble(got.get("area_mu").toString()), 1e-9);
                // MapServer writes 6 decimals and may start or turn rings differently: normalised, to 0.1 m
                assertTrue(want.geometry().norm().equalsExact(got.geometry().norm(), 2e-6), "geometry of " + want.get("parcel_code") + ": " + got.geometry());
            }
        }
    }

    @Test
    void bboxAndLimitGoToTheServer() {
        try (DataSource ds = open(10)) {
            mapserver.requests.clear();
            // the first three parcels of the first two rows (rows of 10 parcels, 0.001° apart)
            List<Feature> hit = ds.layer("parcel").list(Query.bbox(new Envelope(112.9, 112.9025, 27.8, 27.8015)));
            assertEquals(List.of("430321-012-00000", "430321-012-00001", "430321-012-00002",
                            "430321-012-00010", "430321-012-00011", "430321-012-00012"),
                    hit.stream().map(f -> (String) f.get("parcel_code")).sorted().toList());
            assertTrue(mapserver.requests.stream().anyMatch(r -> r.contains("bbox=112.9,27.8,112.9025,27.8015")), mapserver.requests.toString());
            mapserver.requests.clear();
            assertEquals(4, ds.layer("parcel").list(Query.ALL.withLimit(4)).size());
            assertTrue(mapserver.requests.get(0).contains("limit=4"), mapserver.requests.toString());
            assertEquals(1, mapserver.requests.size(), "a limit within one page costs one request");
            Feature rice = ds.layer("parcel").list(Query.ALL.and(AttributeFilter.eq("crop", "湘莲"))).get(0);
            assertNotNull(rice.geometry());
            assertEquals("农户1", rice.get("owner"));
        }
    }
}
