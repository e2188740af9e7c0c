package org.onemap.datasources.h2gis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.h2.api.Trigger;

/**
 * AFTER INSERT/UPDATE/DELETE row trigger of every layer table: appends who changed which feature,
 * when, and the row before and after (JSON, geometry as WKT) to {@code onemap_audit}. It runs inside
 * the writing transaction, so a rollback drops the audit rows with the change, and no write path
 * (SPI, {@code onemap sql}, another JDBC client with OneMap on its classpath) escapes it.
 */
public final class AuditTrigger implements Trigger {
    static final String INSERT_SQL = "INSERT INTO ONEMAP_AUDIT(LAYER, FEATURE_ID, OP, USER_NAME, AT, BEFORE_JSON, AFTER_JSON) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?)";

    private String schema;
    private String table;
    private String layer;
    private volatile TableColumns columns;

    @Override
    public void init(Connection c, String schemaName, String triggerName, String tableName, boolean before, int type)
            throws SQLException {
        schema = schemaName;
        table = NewLayer.tableOfTrigger(triggerName, NewLayer.AUDIT_TRIGGER, tableName);
        layer = table.toLowerCase(Locale.ROOT);
        columns = TableColumns.read(c, schema, tableName); // during ALTER TABLE, the rebuilt copy has the new columns
    }

    private void locate(Connection c) throws SQLException {
        columns = TableColumns.read(c, schema, table);
    }

    @Override
    public void fire(Connection c, Object[] oldRow, Object[] newRow) throws SQLException {
        Object[] any = newRow != null ? newRow : oldRow;
        if (any.length != columns.size()) locate(c); // columns were added or dropped with SQL since init
        TableColumns cols = columns;
        int id = cols.indexOf(SqlNames.ID);
        String op = oldRow == null ? "insert" : newRow == null ? "delete" : "update";
        if (oldRow == null && BulkSeed.skip(c, table)) return;
        try (PreparedStatement ps = c.prepareStatement(INSERT_SQL)) {
            ps.setString(1, layer);
            ps.setString(2, id >= 0 && any[id] != null ? any[id].toString() : null);
            ps.setString(3, op);
            ps.setString(4, SessionUser.of(c));
            ps.setObject(5, OffsetDateTime.now());
            ps.setString(6, oldRow == null ? null : AuditJson.of(cols, oldRow));
            ps.setString(7, newRow == null ? null : AuditJson.of(cols, newRow));
            ps.executeUpdate();
        }
    }
}
