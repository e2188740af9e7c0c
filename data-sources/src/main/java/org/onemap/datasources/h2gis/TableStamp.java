package org.onemap.datasources.h2gis;

import java.sql.Connection;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.schema.Schema;
import org.h2.table.Table;

/**
 * Which version of a table's contents a session sees: the table object (a dropped and re-created layer is a
 * new one) and H2's data modification id, which H2 advances on every row change and again after each commit
 * that touched the table — the same number its own query-result cache is invalidated by.
 */
record TableStamp(Table table, long modification) {

    /** The stamp of table {@code storedName} in {@code c}'s current schema, or null when it cannot be told. */
    static TableStamp of(Connection c, String storedName) {
        if (!(c instanceof JdbcConnection jc) || !(jc.getSession() instanceof SessionLocal session)) return null;
        Schema schema = session.getDatabase().findSchema(session.getCurrentSchemaName());
        Table t = schema == null ? null : schema.findTableOrView(session, storedName);
        return t == null || t.isView() ? null : new TableStamp(t, t.getMaxDataModificationId());
    }

    boolean sameAs(TableStamp other) {
        return other != null && table == other.table && modification == other.modification;
    }
}
