package org.onemap.app.wall;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.DataSource;

/**
 * The wall's standard rules: soil moisture below a threshold on the {@code sensor} layer's
 * {@code soil_moisture} stations, and pest reports and flood warnings among reported events (any
 * layer with a {@code category} text, e.g. {@code incident}) whose category names them.
 */
public final class AlertRules {
    /** Below this volumetric water content (%) a field is too dry: the alert threshold by default. */
    public static final double DEFAULT_SOIL_MOISTURE_MIN = 20;
    static final List<String> PEST_WORDS = List.of("病虫害", "虫情", "虫害", "病害", "pest");
    static final List<String> FLOOD_WORDS = List.of("洪涝", "汛情", "内涝", "洪水", "flood");

    private AlertRules() {}

    /** The three standard rules with {@code soilMoistureMin} as the dryness threshold. */
    public static List<AlertRule> standard(double soilMoistureMin, WallText text) {
        return List.of(soilMoistureBelow("sensor", soilMoistureMin, text),
                reported("incident", AlertKind.PEST_REPORT, PEST_WORDS, text),
                reported("incident", AlertKind.FLOOD_WARNING, FLOOD_WORDS, text));
    }

    /** Soil-moisture stations of {@code layer} reading below {@code threshold} %. */
    public static AlertRule soilMoistureBelow(String layer, double threshold, WallText text) {
        return (ws, now) -> {
            List<Alert> out = new ArrayList<>();
            if (!ws.hasLayer(layer)) return out;
            for (Feature f : ws.layer(layer).list(Query.ALL)) {
                if (!"soil_moisture".equals(f.get("kind")) || !(f.get("value") instanceof Number v)) continue;
                if (v.doubleValue() >= threshold) continue;
                String station = String.valueOf(f.get("station_code") == null ? f.id() : f.get("station_code"));
                out.add(new Alert("soil:" + layer + ":" + f.id(), AlertKind.SOIL_MOISTURE_LOW,
                        text.format("alert.soil", station, v.doubleValue(), threshold), f.geometry(), now));
            }
            return out;
        };
    }

    /** Features of {@code layer} whose {@code category} contains one of {@code words} (case-insensitive). */
    public static AlertRule reported(String layer, AlertKind kind, List<String> words, WallText text) {
        return (ws, now) -> {
            List<Alert> out = new ArrayList<>();
            if (!ws.hasLayer(layer)) return out;
            for (Feature f : ws.layer(layer).list(Query.ALL)) {
                Object c = f.get("category");
                if (c == null) continue;
                String category = c.toString().toLowerCase(Locale.ROOT);
                if (words.stream().noneMatch(w -> category.contains(w.toLowerCase(Locale.ROOT)))) continue;
                Object code = f.get("incident_code");
                out.add(new Alert(kind.name().toLowerCase(Locale.ROOT) + ":" + layer + ":" + f.id(), kind,
                        text.format("alert." + kind.name(), code == null ? f.id() : code, c), f.geometry(), now));
            }
            return out;
        };
    }

    /** Every rule's alerts now; a rule that fails (layer gone, bad data) is skipped, not fatal for the wall. */
    public static List<Alert> evaluate(List<AlertRule> rules, DataSource ws, Instant now) {
        List<Alert> out = new ArrayList<>();
        for (AlertRule r : rules) {
            try {
                out.addAll(r.evaluate(ws, now));
            } catch (RuntimeException e) {
                java.util.logging.Logger.getLogger(AlertRules.class.getName()).warning("alert rule failed: " + e);
            }
        }
        return out;
    }
}
