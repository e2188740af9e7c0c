package org.onemap.datasources.h2gis;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import org.h2.api.Trigger;

/**
 * BEFORE INSERT/UPDATE row trigger of every layer table: an update gets {@code version = old + 1},
 * {@code updated_at = now} and {@code updated_by} = the session's OneMap user, whatever the statement
 * set; an insert keeps given values (a replica copies them) and fills the missing ones. Being a trigger,
 * it covers raw SQL through {@code onemap sql} as well as the SPI. A session of the sync engine
 * ({@link H2gisWorkspace#syncConnection()}) applies changes pulled from a remote store: its updates keep
 * the remote's version and stamps, so both sides agree on what "version n" of a feature is.
 */
public final class VersionStampTrigger implements Trigger {
    private String schema;
    private String table;
    private volatile Positions at;

    /** Where the bookkeeping columns sit in a row (-1 when a column was dropped). */
    private record Positions(int version, int updatedAt, int updatedBy, int width) {}

    @Override
    public void init(Connection c, String schemaName, String triggerName, String tableName, boolean before, int type)
            throws SQLException {
        schema = schemaName;
        table = NewLayer.tableOfTrigger(triggerName, NewLayer.STAMP_TRIGGER, tableName);
        locate(c, tableName); // during ALTER TABLE, the rebuilt copy has the new columns
    }

    private void locate(Connection c, String from) throws SQLException {
        TableColumns cols = TableColumns.read(c, schema, from);
        at = new Positions(cols.indexOf(SqlNames.VERSION), cols.indexOf(SqlNames.UPDATED_AT),
                cols.indexOf(SqlNames.UPDATED_BY), cols.size());
    }

    @Override
    public void fire(Connection c, Object[] oldRow, Object[] newRow) throws SQLException {
        if (newRow == null) return;
        if (newRow.length != at.width()) locate(c, table); // columns were added or dropped with SQL since init
        Positions p = at;
        boolean update = oldRow != null;
        if (update && SessionUser.isSync(c)) return;
        if (p.version() >= 0) {
            if (update) newRow[p.version()] = asLong(oldRow[p.version()]) + 1;
            else if (newRow[p.version()] == null) newRow[p.version()] = 1L;
        }
        if (p.updatedAt() >= 0 && (update || newRow[p.updatedAt()] == null)) newRow[p.updatedAt()] = OffsetDateTime.now();
        if (p.updatedBy() >= 0 && (update || newRow[p.updatedBy()] == null)) newRow[p.updatedBy()] = SessionUser.of(c);
    }

    private static long asLong(Object v) {
        return v instanceof Number n ? n.longValue() : 0L;
    }
}
