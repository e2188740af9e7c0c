package org.onemap.core.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of one SQL statement: column names and rows for a query (geometries as WKT), or the
 * update count for anything else ({@code -1} for a query, {@code columns} empty for an update).
 */
public record SqlResult(List<String> columns, List<List<Object>> rows, long updateCount) {
    public SqlResult {
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> r : rows) copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(r)));
        rows = java.util.Collections.unmodifiableList(copy);
    }

    public static SqlResult update(long count) { return new SqlResult(List.of(), List.of(), count); }

    public boolean isQuery() { return updateCount < 0; }

    /** CSV with a header line (RFC 4180 quoting, {@code \n} line ends); for an update, the single line {@code updated,N}. */
    public void writeCsv(Appendable out) {
        if (!isQuery()) {
            try {
                out.append("updated\n").append(Long.toString(updateCount)).append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        SqlCsvWriter w = new SqlCsvWriter(out);
        w.header(columns);
        rows.forEach(w::row);
    }

    public String toCsv() {
        StringBuilder sb = new StringBuilder();
        writeCsv(sb);
        return sb.toString();
    }

    /** A collecting sink, for stores that stream natively and build a {@link SqlResult} on request. */
    public static final class Collector implements SqlRowSink {
        private List<String> columns;
        private final List<List<Object>> rows = new ArrayList<>();

        @Override
        public void header(List<String> names) { columns = names; }

        /** False until a query's header arrived: the statement was an update. */
        public boolean hasHeader() { return columns != null; }

        @Override
        public void row(List<Object> values) { rows.add(values); }

        public SqlResult result() { return new SqlResult(columns == null ? List.of() : columns, rows, -1); }
    }
}
