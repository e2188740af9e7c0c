package org.onemap.app.wall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.FieldType;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.memory.MemoryDataSource;
import org.onemap.core.spi.Transaction;

class AlertRulesTest {
    private static final GeometryFactory GF = new GeometryFactory();
    private final WallText text = WallText.forLocale(Locale.SIMPLIFIED_CHINESE);

    private static MemoryDataSource workspace() {
        MemoryDataSource ws = new MemoryDataSource();
        var sensors = ws.createLayer(new LayerSchema("sensor", GeometryKind.POINT, LayerSchema.WGS84, List.of(
                FieldDef.of("station_code", FieldType.STRING), FieldDef.of("kind", FieldType.STRING), FieldDef.of("value", FieldType.DOUBLE))));
        var incidents = ws.createLayer(new LayerSchema("incident", GeometryKind.POINT, LayerSchema.WGS84, List.of(
                FieldDef.of("incident_code", FieldType.STRING), FieldDef.of("category", FieldType.STRING))));
        try (Transaction t = sensors.begin("test")) {
            t.insert(point(112.9, 27.8, Map.of("station_code", "SQ-0001", "kind", "soil_moisture", "value", 14.5)));
            t.insert(point(112.8, 27.7, Map.of("station_code", "SQ-0002", "kind", "soil_moisture", "value", 31.0)));
            t.insert(point(112.7, 27.6, Map.of("station_code", "QX-0001", "kind", "weather", "value", 12.0)));
            t.commit();
        }
        try (Transaction t = incidents.begin("test")) {
            t.insert(point(112.6, 27.9, Map.of("incident_code", "SJ-1", "category", "病虫害")));
            t.insert(point(112.5, 27.9, Map.of("incident_code", "SJ-2", "category", "汛情预警")));
            t.insert(point(112.4, 27.9, Map.of("incident_code", "SJ-3", "category", "环境卫生")));
            t.commit();
        }
        return ws;
    }

    private static Feature point(double lon, double lat, Map<String, ?> attrs) {
        return Feature.create(GF.createPoint(new Coordinate(lon, lat)), attrs);
    }

    @Test
    void dryStationsPestReportsAndFloodWarningsRaiseOneAlertEach() {
        List<Alert> found = AlertRules.evaluate(AlertRules.standard(20, text), workspace(), Instant.parse("2026-06-01T08:00:00Z"));
        assertEquals(List.of(AlertKind.SOIL_MOISTURE_LOW, AlertKind.PEST_REPORT, AlertKind.FLOOD_WARNING),
                found.stream().map(Alert::kind).toList(), "found: " + found);
        assertTrue(found.get(0).message().contains("SQ-0001") && found.get(0).message().contains("14.5"), found.get(0).message());
        assertTrue(found.get(0).where() != null, "the dry station is flashed on the map");
    }

    @Test
    void sameConditionGivesTheSameAlertIdSoItIsNotRaisedTwice() {
        MemoryDataSource ws = workspace();
        var rules = AlertRules.standard(20, text);
        AlertViewModel alerts = new AlertViewModel(new FakeClock());
        assertEquals(3, alerts.raiseAll(AlertRules.evaluate(rules, ws, Instant.now())));
        assertEquals(0, alerts.raiseAll(AlertRules.evaluate(rules, ws, Instant.now())), "re-evaluating must not raise duplicates");
    }
}
