package org.onemap.app.wall.dispatch;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.onemap.core.feature.AttributeFilter;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.DataSource;
import org.onemap.core.spi.FeatureStore;
import org.onemap.core.spi.Transaction;
import org.onemap.datasources.h2gis.H2gisWorkspace;
import org.onemap.sample.synthetic.SyntheticLayers;
import org.onemap.sample.synthetic.ThemeLayers;

/**
 * A small real H2GIS workspace with the seeded layers' schemas and hand-placed features, so the
 * nearest unit is known: incidents near Xiangtan (112.90, 27.80), teams and machines at set
 * distances east of them.
 */
final class DispatchWorkspace {
    static final GeometryFactory GF = new GeometryFactory();
    static final double LON = 112.90, LAT = 27.80;

    private DispatchWorkspace() {}

    static H2gisWorkspace create(Path dir) {
        H2gisWorkspace ws = H2gisWorkspace.open(dir, "tester");
        createLayers(ws);
        return ws;
    }

    /** The incident, service-site and machinery layers, empty, with the seeded schemas. */
    static void createLayers(DataSource ws) {
        ws.createLayer(ThemeLayers.schema(ThemeLayers.INCIDENT));
        ws.createLayer(ThemeLayers.schema(ThemeLayers.SERVICE_SITE));
        ws.createLayer(SyntheticLayers.schema(SyntheticLayers.MACHINERY));
    }

    static H2gisWorkspace reopen(Path dir) {
        return H2gisWorkspace.open(dir, "tester");
    }

    /** Adds an incident at (lon, lat); returns its feature id. */
    static String incident(DataSource ws, String code, String category, String status, double lon, double lat, Instant reported) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("incident_code", code);
        a.put("category", category);
        a.put("status", status);
        a.put("reported_at", reported);
        a.put("generated", true);
        return insert(ws, ThemeLayers.INCIDENT, lon, lat, a);
    }

    static String site(DataSource ws, String name, double lon, double lat) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("name", name);
        a.put("type", "党群服务中心");
        a.put("generated", true);
        return insert(ws, ThemeLayers.SERVICE_SITE, lon, lat, a);
    }

    static String machine(DataSource ws, String code, String status, double lon, double lat) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("machine_code", code);
        a.put("plate", "湘C·" + code.substring(code.length() - 5));
        a.put("type", "tractor");
        a.put("type_zh", "拖拉机");
        a.put("status", status);
        a.put("generated", true);
        return insert(ws, SyntheticLayers.MACHINERY, lon, lat, a);
    }

    static Object status(DataSource ws, String incidentId) {
        return ws.layer(ThemeLayers.INCIDENT).list(Query.ALL.and(AttributeFilter.eq("id", incidentId))).get(0).get("status");
    }

    static Feature feature(DataSource ws, String incidentId) {
        return ws.layer(ThemeLayers.INCIDENT).list(Query.ALL.and(AttributeFilter.eq("id", incidentId))).get(0);
    }

    private static String insert(DataSource ws, String layer, double lon, double lat, Map<String, Object> a) {
        FeatureStore store = ws.writableLayer(layer).orElseThrow();
        try (Transaction tx = store.begin("tester")) {
            String id = tx.insert(Feature.create(GF.createPoint(new Coordinate(lon, lat)), a));
            tx.commit();
            return id;
        }
    }

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        private Instant now = Instant.parse("2026-06-01T08:00:00Z");

        void advance(long seconds) { now = now.plus(Duration.ofSeconds(seconds)); }

        @Override public ZoneId getZone() { return ZoneOffset.UTC; }

        @Override public Clock withZone(ZoneId zone) { return this; }

        @Override public Instant instant() { return now; }
    }
}
