package org.onemap.core.workspace;

/**
 * A data source that runs its own SQL dialect for {@code onemap sql}: the H2GIS workspace, PostGIS.
 * Writes made this way are attributed to the user the source was opened for and, where the store
 * keeps an audit log, audited like any other edit.
 */
public interface SqlConsole {
    /** Runs one statement; a query's rows are held in memory, so prefer {@link #sql(String, SqlRowSink)} for big results. */
    default SqlResult sql(String statement) {
        SqlResult.Collector rows = new SqlResult.Collector();
        long n = sql(statement, rows);
        return rows.hasHeader() ? rows.result() : SqlResult.update(n);
    }

    /**
     * Runs one statement and streams a query's header and rows to {@code sink}.
     *
     * @return the number of rows for a query, the update count for any other statement
     */
    long sql(String statement, SqlRowSink sink);
}
