package org.onemap.sample.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.FieldType;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.feature.LayerSchema;

/**
 * Schemas of the generated layers the thematic modules need beyond the canonical catalog. Every one
 * ends with the BOOLEAN field {@code generated}, like the canonical generated layers.
 */
final class ThemeSchemas {
    private ThemeSchemas() {}

    static final LayerSchema TOWNSHIP_STATS = schema(ThemeLayers.TOWNSHIP_STATS, GeometryKind.MULTIPOLYGON,
            new FieldDef("township_code", FieldType.STRING, true),
            FieldDef.of("township_name", FieldType.STRING),
            FieldDef.of("county_code", FieldType.STRING),
            FieldDef.of("cultivated_mu", FieldType.DOUBLE),
            FieldDef.of("output_value_wan", FieldType.DOUBLE),
            FieldDef.of("ecommerce_sales_wan", FieldType.DOUBLE),
            FieldDef.of("lead_industry", FieldType.STRING));

    static final LayerSchema GRID_CELL = schema(ThemeLayers.GRID_CELL, GeometryKind.MULTIPOLYGON,
            new FieldDef("grid_code", FieldType.STRING, true),
            FieldDef.of("name", FieldType.STRING),
            FieldDef.of("village_code", FieldType.STRING),
            FieldDef.of("county_code", FieldType.STRING),
            FieldDef.of("grid_worker", FieldType.STRING),
            FieldDef.of("households", FieldType.INTEGER),
            FieldDef.of("toilets_renovated", FieldType.INTEGER),
            FieldDef.of("sanitation_rate", FieldType.DOUBLE));

    static final LayerSchema INCIDENT = schema(ThemeLayers.INCIDENT, GeometryKind.POINT,
            new FieldDef("incident_code", FieldType.STRING, true),
            FieldDef.of("category", FieldType.STRING),
            FieldDef.of("status", FieldType.STRING),
            FieldDef.of("reported_at", FieldType.TIMESTAMP),
            FieldDef.of("closed_at", FieldType.TIMESTAMP),
            FieldDef.of("village_code", FieldType.STRING),
            FieldDef.of("county_code", FieldType.STRING));

    static final LayerSchema SERVICE_SITE = schema(ThemeLayers.SERVICE_SITE, GeometryKind.POINT,
            new FieldDef("name", FieldType.STRING, true),
            FieldDef.of("type", FieldType.STRING),
            FieldDef.of("village_code", FieldType.STRING),
            FieldDef.of("county_code", FieldType.STRING));

    static final LayerSchema ENV_STATION = schema(ThemeLayers.ENV_STATION, GeometryKind.POINT,
            new FieldDef("station_code", FieldType.STRING, true),
            FieldDef.of("kind", FieldType.STRING),
            FieldDef.of("name", FieldType.STRING),
            FieldDef.of("aqi", FieldType.INTEGER),
            FieldDef.of("pm25", FieldType.DOUBLE),
            FieldDef.of("water_grade", FieldType.STRING),
            FieldDef.of("pollution_index", FieldType.DOUBLE),
            FieldDef.of("observed_at", FieldType.TIMESTAMP),
            FieldDef.of("county_code", FieldType.STRING));

    static final LayerSchema ENTERPRISE = schema(ThemeLayers.ENTERPRISE, GeometryKind.POINT,
            new FieldDef("name", FieldType.STRING, true),
            FieldDef.of("industry", FieldType.STRING),
            FieldDef.of("output_value_wan", FieldType.DOUBLE),
            FieldDef.of("employees", FieldType.INTEGER),
            FieldDef.of("park", FieldType.STRING),
            FieldDef.of("township_code", FieldType.STRING),
            FieldDef.of("county_code", FieldType.STRING));

    static final LayerSchema SALES_FLOW = schema(ThemeLayers.SALES_FLOW, GeometryKind.LINESTRING,
            new FieldDef("origin_code", FieldType.STRING, true),
            FieldDef.of("origin_name", FieldType.STRING),
            FieldDef.of("destination", FieldType.STRING),
            FieldDef.of("product", FieldType.STRING),
            FieldDef.of("volume_t", FieldType.DOUBLE),
            FieldDef.of("value_wan", FieldType.DOUBLE));

    static final Map<String, LayerSchema> BY_NAME = Map.of(
            TOWNSHIP_STATS.name(), TOWNSHIP_STATS, GRID_CELL.name(), GRID_CELL, INCIDENT.name(), INCIDENT,
            SERVICE_SITE.name(), SERVICE_SITE, ENV_STATION.name(), ENV_STATION, ENTERPRISE.name(), ENTERPRISE,
            SALES_FLOW.name(), SALES_FLOW);

    private static LayerSchema schema(String name, GeometryKind kind, FieldDef... fields) {
        List<FieldDef> all = new ArrayList<>(List.of(fields));
        all.add(new FieldDef(SyntheticLayers.GENERATED_FIELD, FieldType.BOOLEAN, true));
        return new LayerSchema(name, kind, LayerSchema.WGS84, all);
    }
}
