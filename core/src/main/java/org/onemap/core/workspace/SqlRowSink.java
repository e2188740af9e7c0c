package org.onemap.core.workspace;

import java.util.List;

/** Receives a query result row by row: the column names once, then each row's values. */
public interface SqlRowSink {
    void header(List<String> columns);

    /** Values in column order: String, Number, Boolean, java.time values, geometries as WKT text, or null. */
    void row(List<Object> values);
}
