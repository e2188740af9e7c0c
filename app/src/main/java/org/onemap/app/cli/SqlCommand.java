package org.onemap.app.cli;

import java.util.List;
import org.onemap.core.workspace.SqlCsvWriter;
import org.onemap.core.workspace.SqlRowSink;
import org.onemap.datasources.h2gis.H2gisWorkspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code onemap sql "SELECT …"}: H2GIS SQL on the workspace, result as CSV with a header. Writes go
 * through the same triggers as every edit, so they are versioned and audited.
 */
@Command(name = "sql", mixinStandardHelpOptions = true, description = "run H2GIS SQL on the workspace; prints CSV")
final class SqlCommand extends WorkspaceCommand {
    @Parameters(index = "0", paramLabel = "STATEMENT", description = "one SQL statement")
    String statement;

    @Override
    public Integer call() {
        if (statement.isBlank()) throw new UsageException("empty SQL statement");
        var out = spec.commandLine().getOut();
        try (H2gisWorkspace ws = workspace().open()) {
            // streamed: a SELECT over a million parcels must not be held in memory
            boolean[] query = {false};
            SqlCsvWriter csv = new SqlCsvWriter(out);
            long n = ws.sql(statement, new SqlRowSink() {
                @Override
                public void header(List<String> columns) {
                    query[0] = true;
                    csv.header(columns);
                }

                @Override
                public void row(List<Object> values) { csv.row(values); }
            });
            if (!query[0]) out.println("updated\n" + n);
        }
        out.flush();
        return ExitCode.OK;
    }
}
