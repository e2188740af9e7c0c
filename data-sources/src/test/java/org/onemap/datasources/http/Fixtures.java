package org.onemap.datasources.http;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.onemap.core.feature.Feature;

/** Test parcels (a 10-wide grid of 0.001° squares at 112.9 E, 27.8 N) and their GeoJSON. */
final class Fixtures {
    static final String[] CROPS = {"水稻", "湘莲", "蔬菜", "油菜", "茶叶", "柑橘"};

    private Fixtures() {}

    static Feature parcel(int i) {
        double x = 112.9 + (i % 10) * 0.001;
        double y = 27.8 + (i / 10) * 0.001;
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("parcel_code", String.format("430321-012-%05d", i));
        a.put("crop", CROPS[i % CROPS.length]);
        a.put("area_mu", 1.5 + i);
        a.put("owner", "农户" + i);
        return new Feature(String.valueOf(i + 1), new GeometryFactory().toGeometry(new Envelope(x, x + 0.0009, y, y + 0.0009)), a, 1);
    }

    static String parcelsGeoJson(int n) {
        StringBuilder sb = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 0; i < n; i++) {
            Feature f = parcel(i);
            Envelope e = f.geometry().getEnvelopeInternal();
            if (i > 0) sb.append(',');
            sb.append(String.format(Locale.ROOT, "{\"type\":\"Feature\",\"id\":%d,\"properties\":{\"fid\":%d,\"parcel_code\":\"%s\",\"crop\":\"%s\","
                            + "\"area_mu\":%s,\"owner\":\"%s\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]}}",
                    i + 1, i + 1, f.get("parcel_code"), f.get("crop"), f.get("area_mu"), f.get("owner"),
                    n(e.getMinX()), n(e.getMinY()), n(e.getMaxX()), n(e.getMinY()), n(e.getMaxX()), n(e.getMaxY()),
                    n(e.getMinX()), n(e.getMaxY()), n(e.getMinX()), n(e.getMinY())));
        }
        return sb.append("]}").toString();
    }

    private static String n(double d) {
        return java.math.BigDecimal.valueOf(d).toPlainString();
    }
}
