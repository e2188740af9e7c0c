package org.onemap.app.wall.dispatch;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.DataSource;

/**
 * Reads the units dispatch can send from the workspace, through the SPI: machines from
 * {@code machinery} (its {@code status} says when one is under maintenance) and teams from the
 * service sites ({@code service_site}: 综治中心, 党群服务中心, 便民服务站) and the village service
 * stations ({@code service_station}). Layers the workspace lacks are skipped. Read afresh on every
 * call, so machines moving on a live feed are measured where they are now.
 */
public final class ResponseUnits {
    public static final String MACHINERY = "machinery";
    public static final String SERVICE_SITE = "service_site";
    public static final String SERVICE_STATION = "service_station";

    private ResponseUnits() {}

    public static List<ResponseUnit> read(DataSource ws) {
        List<ResponseUnit> out = new ArrayList<>();
        if (ws.hasLayer(MACHINERY)) {
            ws.layer(MACHINERY).read(Query.ALL, f -> add(out, f, MACHINERY, UnitKind.MACHINE, machineName(f),
                    "maintenance".equals(f.get("status"))));
        }
        for (String layer : List.of(SERVICE_SITE, SERVICE_STATION)) {
            if (ws.hasLayer(layer)) ws.layer(layer).read(Query.ALL, f -> add(out, f, layer, UnitKind.TEAM, text(f.get("name")), false));
        }
        return out;
    }

    private static void add(List<ResponseUnit> out, Feature f, String layer, UnitKind kind, String name, boolean outOfService) {
        Point p = position(f.geometry());
        if (p == null) return; // a unit nobody knows the position of cannot be the nearest
        out.add(new ResponseUnit(layer + ":" + f.id(), kind, name, p.getX(), p.getY(), outOfService));
    }

    /** A point's own position, another geometry's interior point; null when empty. */
    static Point position(Geometry g) {
        if (g == null || g.isEmpty()) return null;
        return g instanceof Point p ? p : g.getInteriorPoint();
    }

    // 拖拉机 湘C·12345, or the machine code for drones, which carry no plate
    private static String machineName(Feature f) {
        String type = text(f.get("type_zh"));
        String plate = text(f.get("plate"));
        String id = plate.isEmpty() ? text(f.get("machine_code")) : plate;
        return (type + " " + id).strip();
    }

    private static String text(Object v) {
        return v == null ? "" : v.toString().strip();
    }
}
