package org.onemap.datasources.h2gis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.sql.SQLException;
import org.locationtech.jts.geom.Geometry;

/**
 * A layer row as the JSON kept in the audit log: every column but {@code updated_at}/{@code updated_by}
 * (the audit row has its own who and when), geometry as WKT, dates as ISO text.
 */
final class AuditJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditJson() {}

    static String of(TableColumns columns, Object[] row) throws SQLException {
        ObjectNode o = JSON.createObjectNode();
        for (int i = 0; i < row.length && i < columns.size(); i++) {
            String name = columns.columns().get(i).name();
            if (name.equals(SqlNames.UPDATED_AT) || name.equals(SqlNames.UPDATED_BY)) continue;
            Object v = row[i];
            if (v == null) o.putNull(name);
            else if (v instanceof Geometry g) o.put(name, g.toText());
            else if (v instanceof Long l) o.put(name, l);
            else if (v instanceof Integer n) o.put(name, n);
            else if (v instanceof Short n) o.put(name, n);
            else if (v instanceof Byte n) o.put(name, n);
            else if (v instanceof Double d) o.put(name, d);
            else if (v instanceof Float f) o.put(name, f);
            else if (v instanceof BigDecimal d) o.put(name, d);
            else if (v instanceof Boolean b) o.put(name, b);
            else if (v instanceof byte[] b) o.put(name, b);
            else o.put(name, v.toString());
        }
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new SQLException("cannot write the audit record as JSON: " + e.getMessage(), e);
        }
    }
}
