package org.onemap.datasources.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldType;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.DataSource;
import org.onemap.core.spi.DataSourceException;
import org.onemap.core.spi.DataSources;

/** A plain GeoJSON URL as a one-layer read-only source, served by an in-process HTTP server. */
class GeoJsonUrlSourceTest {
    private HttpServer server;
    private String base;

    @BeforeEach
    void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] body = Fixtures.parcelsGeoJson(30).getBytes(StandardCharsets.UTF_8);
        server.createContext("/data/parcels.geojson", ex -> {
            ex.getResponseHeaders().add("Content-Type", "application/geo+json");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.createContext("/html", ex -> {
            byte[] b = "<html>not here</html>".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(404, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void readsAGeoJsonUrlAsOneLayerWithInferredTypesAndFilters() {
        try (DataSource ds = DataSources.open("http", Map.of("url", base + "/data/parcels.geojson"))) {
            var info = ds.layers().get(0);
            assertEquals("parcels", info.name(), "named after the file");
            assertEquals(GeometryKind.POLYGON, info.geometryType());
            assertEquals(30, info.count());
            assertEquals(112.9099, info.extent().getMaxX(), 1e-12);
            var layer = ds.layer("parcels");
            assertEquals(FieldType.DOUBLE, layer.schema().field("area_mu").orElseThrow().type());
            assertEquals(FieldType.INTEGER, layer.schema().field("fid").orElseThrow().type());
            List<Feature> hit = layer.list(Query.bbox(new Envelope(112.9, 112.9025, 27.8, 27.8015)));
            assertEquals(List.of("1", "2", "3", "11", "12", "13"), hit.stream().map(Feature::id).toList());
            assertEquals("湘莲", hit.get(1).get("crop"));
            assertEquals(2.5, hit.get(1).get("area_mu"));
            assertEquals(5, layer.count(Query.ALL.and(org.onemap.core.feature.AttributeFilter.eq("crop", "水稻"))));
        }
    }

    @Test
    void explainsAServerErrorWithItsStatus() {
        DataSourceException e = assertThrows(DataSourceException.class,
                () -> DataSources.open("http", Map.of("url", base + "/html/x.geojson")));
        assertTrue(e.getMessage().contains("HTTP 404"), e.getMessage());
        DataSourceException bad = assertThrows(DataSourceException.class, () -> DataSources.open("http", Map.of("url", "ftp://x/y")));
        assertTrue(bad.getMessage().contains("http://"), bad.getMessage());
    }
}
