package org.onemap.datasources.h2gis;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.feature.AttributeFilter;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.DataSourceException;
import org.onemap.datasources.sql.FilterSql;

/**
 * A {@link Query} as a WHERE clause with bound parameters. The bbox becomes {@code geom && envelope}
 * (answered by the spatial index) and then {@code ST_Intersects} for the exact test; filter field
 * names are checked against the layer, values are always bound, never spliced into the SQL.
 */
record QuerySql(String where, List<Object> params) {
    private static final String ENVELOPE = "ST_MakeEnvelope(?, ?, ?, ?, 4326)";

    static QuerySql of(Query q, LayerTable t) {
        List<String> terms = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        Envelope b = q.bbox();
        if (b != null) {
            if (b.isNull()) {
                terms.add("FALSE");
            } else {
                terms.add("\"GEOM\" && " + ENVELOPE + " AND ST_Intersects(\"GEOM\", " + ENVELOPE + ")");
                for (int i = 0; i < 2; i++) {
                    params.add(b.getMinX());
                    params.add(b.getMinY());
                    params.add(b.getMaxX());
                    params.add(b.getMaxY());
                }
            }
        }
        new FilterSql(t::column, f -> value(f, t)).addAll(q.filters(), terms, params);
        return new QuerySql(FilterSql.where(terms), List.copyOf(params));
    }

    private static Object value(AttributeFilter f, LayerTable t) {
        Object v = f.value();
        if (v instanceof String s && (f.field().equalsIgnoreCase(SqlNames.ID) || f.field().equalsIgnoreCase(SqlNames.VERSION))) {
            try {
                return Long.parseLong(s.trim());
            } catch (NumberFormatException e) {
                throw new DataSourceException("layer " + t.name() + ": " + f.field() + " must be a whole number, got '" + s + "'");
            }
        }
        return FeatureRows.bindable(v);
    }

    /** Binds the parameters starting at JDBC index {@code first}; returns the next free index. */
    int bind(PreparedStatement ps, int first) throws SQLException {
        int i = first;
        for (Object p : params) ps.setObject(i++, p);
        return i;
    }
}
