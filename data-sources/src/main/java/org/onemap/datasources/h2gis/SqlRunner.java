package org.onemap.datasources.h2gis;

import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Geometry;
import org.onemap.core.spi.DataSourceException;
import org.onemap.core.workspace.SqlRowSink;

/**
 * Runs one user SQL statement on a session carrying the OneMap user, so the layer triggers stamp and
 * audit whatever it writes. Column names are shown in lower case (as PostGIS would), geometries as WKT.
 */
final class SqlRunner {
    // TRUNCATE removes rows without firing row triggers, i.e. without an audit record
    private static final Pattern TRUNCATE = Pattern.compile("(^|;)\\s*TRUNCATE\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DROP_TRIGGER = Pattern.compile("\\bDROP\\s+TRIGGER\\b[^;]*_ONEMAP_", Pattern.CASE_INSENSITIVE);

    private SqlRunner() {}

    static long run(Connection c, String statement, SqlRowSink sink) throws SQLException {
        if (TRUNCATE.matcher(statement).find()) {
            throw new DataSourceException("TRUNCATE is not allowed because it bypasses the audit log: use DELETE FROM <table>");
        }
        if (DROP_TRIGGER.matcher(statement).find()) {
            throw new DataSourceException("the OneMap version and audit triggers of a layer cannot be dropped");
        }
        try (Statement s = c.createStatement()) {
            s.setFetchSize(1000);
            if (!s.execute(statement)) return s.getUpdateCount();
            try (ResultSet rs = s.getResultSet()) {
                ResultSetMetaData md = rs.getMetaData();
                int n = md.getColumnCount();
                List<String> names = new ArrayList<>(n);
                for (int i = 1; i <= n; i++) names.add(label(md.getColumnLabel(i)));
                sink.header(names);
                long rows = 0;
                while (rs.next()) {
                    List<Object> values = new ArrayList<>(n);
                    for (int i = 1; i <= n; i++) values.add(value(rs, i));
                    sink.row(values);
                    rows++;
                }
                return rows;
            }
        }
    }

    private static String label(String l) {
        return l.equals(l.toUpperCase(Locale.ROOT)) ? l.toLowerCase(Locale.ROOT) : l;
    }

    private static Object value(ResultSet rs, int i) throws SQLException {
        Object v = rs.getObject(i);
        if (v instanceof Geometry g) return g.toText();
        if (v instanceof Clob) return rs.getString(i);
        if (v instanceof Blob b) return HexFormat.of().formatHex(b.getBytes(1, (int) Math.min(b.length(), Integer.MAX_VALUE)));
        if (v instanceof byte[] b) return HexFormat.of().formatHex(b);
        if (v instanceof Object[] a) return java.util.Arrays.deepToString(a);
        return v;
    }
}
