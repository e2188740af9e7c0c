package org.onemap.datasources.h2gis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.FieldType;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.feature.LayerSchema;

/** Test parcels: a grid of 0.001° squares near Xiangtan with the DESIGN.md parcel columns. */
final class Parcels {
    static final GeometryFactory GF = new GeometryFactory();
    static final String[] CROPS = {"水稻", "湘莲", "蔬菜", "油菜", "茶叶", "柑橘"};

    private Parcels() {}

    static LayerSchema schema(String name) {
        return new LayerSchema(name, GeometryKind.POLYGON, LayerSchema.WGS84, List.of(
                FieldDef.of("parcel_code", FieldType.STRING), FieldDef.of("crop", FieldType.STRING),
                FieldDef.of("area_mu", FieldType.DOUBLE), FieldDef.of("owner", FieldType.STRING),
                FieldDef.of("village_code", FieldType.STRING), FieldDef.of("county_code", FieldType.STRING)));
    }

    /** Square {@code i} of a 10-wide grid starting at 112.9 E, 27.8 N. */
    static Geometry square(int i) {
        double x = 112.9 + (i % 10) * 0.001;
        double y = 27.8 + (i / 10) * 0.001;
        return GF.toGeometry(new Envelope(x, x + 0.0009, y, y + 0.0009));
    }

    static Feature parcel(int i) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("parcel_code", String.format("430321-012-%05d", i));
        a.put("crop", CROPS[i % CROPS.length]);
        a.put("area_mu", 1.0 + i);
        a.put("owner", "农户" + i);
        a.put("village_code", "430321012001");
        a.put("county_code", "430321");
        return Feature.create(square(i), a);
    }

    static List<Feature> parcels(int from, int count) {
        List<Feature> out = new ArrayList<>(count);
        for (int i = from; i < from + count; i++) out.add(parcel(i));
        return out;
    }

    /** A new layer {@code parcel} in {@code ws} holding squares 0 … n-1, committed. */
    static org.onemap.core.spi.FeatureStore seed(H2gisWorkspace ws, int n) {
        org.onemap.core.spi.FeatureStore s = ws.createLayer(schema("parcel"));
        try (org.onemap.core.spi.Transaction tx = s.begin("seeder")) {
            tx.insertAll(parcels(0, n));
            tx.commit();
        }
        return s;
    }
}
