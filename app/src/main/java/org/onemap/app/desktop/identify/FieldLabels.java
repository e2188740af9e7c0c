package org.onemap.app.desktop.identify;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.onemap.app.desktop.Messages;
import org.onemap.core.feature.Feature;

/**
 * How attribute names and values read in the identify panel and the attribute table: known columns
 * ({@code name}, {@code parcel_code}, {@code area_mu} …) get their label from the UI bundle under
 * {@code field.<column>}; others show the column name. Values use the locale's number format.
 */
public final class FieldLabels {
    /** Columns that name a feature, best first; the identify list shows the first one present. */
    private static final String[] NAME_COLUMNS = {"name", "name_zh", "parcel_code", "station_code", "machine_code",
            "camera_code", "node_code", "point_code", "plate", "code"};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private final Messages messages;

    public FieldLabels(Messages messages) { this.messages = messages; }

    public String label(String column) {
        return messages.getOr("field." + column.toLowerCase(java.util.Locale.ROOT), column);
    }

    /** Label of the row naming the layer a feature belongs to. */
    public String layerLabel() { return messages.get("identify.layer"); }

    /** A value as text: numbers grouped per locale, booleans as 是/否 (yes/no), null as empty. */
    public String value(Object v) {
        if (v == null) return "";
        if (v instanceof Double || v instanceof Float || v instanceof java.math.BigDecimal) {
            NumberFormat nf = NumberFormat.getNumberInstance(messages.locale());
            nf.setMaximumFractionDigits(6);
            return nf.format(((Number) v).doubleValue());
        }
        if (v instanceof Boolean b) return messages.get(b ? "value.yes" : "value.no");
        if (v instanceof Instant t) return TIME.format(t);
        if (v instanceof java.sql.Timestamp t) return TIME.format(t.toInstant());
        return v.toString();
    }

    /** What to call a feature in a list: its name-like column, else its id. */
    public String displayName(Feature f) {
        // a Chinese reader sees 湘江 rather than Xiang Jiang where a layer has both
        if ("zh".equals(messages.locale().getLanguage()) && f.get("name_zh") != null && !f.get("name_zh").toString().isBlank()) {
            return f.get("name_zh").toString();
        }
        for (String c : NAME_COLUMNS) {
            for (var e : f.attributes().entrySet()) {
                if (e.getKey().equalsIgnoreCase(c) && e.getValue() != null && !e.getValue().toString().isBlank()) {
                    return e.getValue().toString();
                }
            }
        }
        return "#" + f.id();
    }
}
