package org.onemap.datasources.sql;

import java.util.List;
import java.util.function.Function;
import org.onemap.core.feature.AttributeFilter;

/**
 * Core {@link AttributeFilter}s as SQL conditions with bound values, one mapping for every JDBC store
 * (GeoPackage, PostGIS, H2GIS). The operators are plain SQL in all three; what differs per store is
 * passed in: how a field name becomes a quoted column (rejecting unknown fields), and how a value is
 * converted before binding. Values always go to {@code ?} parameters, never into the SQL text.
 */
public final class FilterSql {
    private final Function<String, String> column;
    private final Function<AttributeFilter, Object> value;

    /**
     * @param column field name → quoted column; throws when the layer has no such field
     * @param value  filter → the object to bind for its value (only asked for operators that take one)
     */
    public FilterSql(Function<String, String> column, Function<AttributeFilter, Object> value) {
        this.column = column;
        this.value = value;
    }

    /** Adds one condition per filter to {@code terms} and their values, in order, to {@code params}. */
    public void addAll(List<AttributeFilter> filters, List<String> terms, List<Object> params) {
        for (AttributeFilter f : filters) terms.add(condition(f, params));
    }

    /** One filter as SQL, adding its bound value (if any) to {@code params}. */
    public String condition(AttributeFilter f, List<Object> params) {
        // the column is resolved first so an unknown field is reported before a bad value
        String col = column.apply(f.field());
        return switch (f.op()) {
            case IS_NULL -> col + " IS NULL";
            case NOT_NULL -> col + " IS NOT NULL";
            default -> {
                params.add(value.apply(f));
                yield col + ' ' + operator(f.op()) + " ?";
            }
        };
    }

    /** The SQL comparison for an operator that takes a value. */
    static String operator(AttributeFilter.Op op) {
        return switch (op) {
            case EQ -> "=";
            case NE -> "<>";
            case LT -> "<";
            case LE -> "<=";
            case GT -> ">";
            case GE -> ">=";
            case LIKE -> "LIKE";
            case IS_NULL, NOT_NULL -> throw new IllegalArgumentException(op + " takes no value");
        };
    }

    /** {@code " WHERE a AND b"}, or the empty string when there is nothing to test. */
    public static String where(List<String> terms) {
        return terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
    }
}
