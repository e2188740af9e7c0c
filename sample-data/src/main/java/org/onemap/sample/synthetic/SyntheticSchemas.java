package org.onemap.sample.synthetic;

import java.util.List;
import java.util.Map;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.FieldType;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.feature.LayerSchema;

/** Schemas of the generated layers. Every one ends with the required BOOLEAN field {@code generated}. */
final class SyntheticSchemas {
    private SyntheticSchemas() {}

    private static final FieldDef GENERATED = new FieldDef(SyntheticLayers.GENERATED_FIELD, FieldType.BOOLEAN, true);

    static final LayerSchema PARCEL = schema(SyntheticLayers.PARCEL, GeometryKind.MULTIPOLYGON,
            new FieldDef("parcel_code", FieldType.STRING, true),
            FieldDef.of("crop", FieldType.STRING),
            FieldDef.of("area_mu", FieldType.DOUBLE),
            FieldDef.of("owner", FieldType.STRING),
            FieldDef.of("village_code", FieldType.STRING),
            FieldDef.of("county_code", FieldType.STRING),
            FieldDef.of("township_code", FieldType.STRING),
            FieldDef.of("township_name", FieldType.STRING),
            FieldDef.of("land_type", FieldType.STRING),
            FieldDef.of("high_standard", FieldType.BOOLEAN));

    static final LayerSchema SENSOR = schema(SyntheticLayers.SENSOR, GeometryKind.POINT,
            new FieldDef("station_code", FieldType.STRING, true),
            FieldDef.of("kind", FieldType.STRING),
            FieldDef.of("kind_zh", FieldType.STRING),
            FieldDef.of("metric", FieldType.STRING),
            FieldDef.of("value", FieldType.DOUBLE),
            FieldDef.of("unit", FieldType.STRING),
            FieldDef.of("observed_at", FieldType.TIMESTAMP),
            FieldDef.of("installed", FieldType.DATE),
            FieldDef.of("village_code", FieldType.STRING),
            FieldDef.of("county_code", FieldType.STRING));

    static final LayerSchema MACHINERY = schema(SyntheticLayers.MACHINERY, GeometryKind.POINT,
            new FieldDef("machine_code", FieldType.STRING, true),
            FieldDef.of("plate", FieldType.STRING),
            FieldDef.of("type", FieldType.STRING),
            FieldDef.of("type_zh", FieldType.STRING),
            FieldDef.of("owner_coop", FieldType.STRING),
            FieldDef.of("status", FieldType.STRING),
            FieldDef.of("status_zh", FieldType.STRING),
            FieldDef.of("speed_kmh", FieldType.DOUBLE),
            FieldDef.of("county_code", FieldType.STRING),
            FieldDef.of("township_name", FieldType.STRING));

    static final LayerSchema SERVICE_STATION = schema(SyntheticLayers.SERVICE_STATION, GeometryKind.POINT,
            new FieldDef("name", FieldType.STRING, true),
            FieldDef.of("village_code", FieldType.STRING),
            FieldDef.of("village_name", FieldType.STRING),
            FieldDef.of("county_code", FieldType.STRING),
            FieldDef.of("services", FieldType.STRING),
            FieldDef.of("operator", FieldType.STRING),
            FieldDef.of("opened", FieldType.DATE));

    static final LayerSchema LOGISTICS_NODE = schema(SyntheticLayers.LOGISTICS_NODE, GeometryKind.POINT,
            new FieldDef("node_code", FieldType.STRING, true),
            new FieldDef("level", FieldType.STRING, true),
            FieldDef.of("name", FieldType.STRING),
            FieldDef.of("parent_code", FieldType.STRING),
            FieldDef.of("admin_code", FieldType.STRING),
            FieldDef.of("county_code", FieldType.STRING));

    static final LayerSchema CAMERA = schema(SyntheticLayers.CAMERA, GeometryKind.POINT,
            new FieldDef("camera_code", FieldType.STRING, true),
            FieldDef.of("kind", FieldType.STRING),
            FieldDef.of("direction_deg", FieldType.INTEGER),
            FieldDef.of("online", FieldType.BOOLEAN),
            FieldDef.of("installed", FieldType.DATE),
            FieldDef.of("village_code", FieldType.STRING),
            FieldDef.of("county_code", FieldType.STRING));

    static final LayerSchema WASTE_POINT = schema(SyntheticLayers.WASTE_POINT, GeometryKind.POINT,
            new FieldDef("point_code", FieldType.STRING, true),
            FieldDef.of("type", FieldType.STRING),
            FieldDef.of("capacity_t", FieldType.DOUBLE),
            FieldDef.of("village_code", FieldType.STRING),
            FieldDef.of("county_code", FieldType.STRING));

    static final LayerSchema INDUSTRIAL_PARK = schema(SyntheticLayers.INDUSTRIAL_PARK, GeometryKind.MULTIPOLYGON,
            new FieldDef("name", FieldType.STRING, true),
            FieldDef.of("industry", FieldType.STRING),
            FieldDef.of("township_code", FieldType.STRING),
            FieldDef.of("township_name", FieldType.STRING),
            FieldDef.of("county_code", FieldType.STRING),
            FieldDef.of("area_mu", FieldType.DOUBLE),
            FieldDef.of("established", FieldType.INTEGER));

    static final Map<String, LayerSchema> BY_NAME = Map.of(
            PARCEL.name(), PARCEL, SENSOR.name(), SENSOR, MACHINERY.name(), MACHINERY,
            SERVICE_STATION.name(), SERVICE_STATION, LOGISTICS_NODE.name(), LOGISTICS_NODE,
            CAMERA.name(), CAMERA, WASTE_POINT.name(), WASTE_POINT, INDUSTRIAL_PARK.name(), INDUSTRIAL_PARK);

    private static LayerSchema schema(String name, GeometryKind kind, FieldDef... fields) {
        List<FieldDef> all = new java.util.ArrayList<>(List.of(fields));
        all.add(GENERATED);
        return new LayerSchema(name, kind, LayerSchema.WGS84, all);
    }
}
