package org.onemap.core.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Writes a streamed query result as CSV (RFC 4180 quoting, header first), e.g. for {@code onemap sql}. */
public final class SqlCsvWriter implements SqlRowSink {
    private final Appendable out;

    public SqlCsvWriter(Appendable out) { this.out = out; }

    @Override
    public void header(List<String> columns) { line(columns); }

    @Override
    public void row(List<Object> values) { line(values); }

    private void line(List<?> values) {
        try {
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) out.append(',');
                Object v = values.get(i);
                if (v != null) out.append(quote(v.toString()));
            }
            out.append('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String quote(String s) {
        boolean needs = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
