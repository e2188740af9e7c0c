package org.onemap.dataimport.pipeline;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.onemap.core.feature.AttributeFilter;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.DataSource;
import org.onemap.core.spi.FeatureStore;
import org.onemap.core.spi.Transaction;
import org.onemap.core.workspace.SqlConsole;
import org.onemap.dataimport.ImportException;

/**
 * The workspace's record of imports, table {@value #TABLE}: id, layer, file, time, user, count, mode,
 * whether the layer was created, and which features were written — the {@value #IMPORT_ID_FIELD} value for
 * layers that have that field, else the feature ids as ranges. {@link #undo} deletes those features
 * through the SPI (so the deletes are versioned and audited like any edit) and drops a layer the import
 * created once it is empty. SQL: {@code SELECT * FROM onemap_import ORDER BY at}.
 */
public final class ImportCatalog {
    public static final String TABLE = "onemap_import";
    /** Field every layer created by an import carries: the import that wrote the feature. */
    public static final String IMPORT_ID_FIELD = "import_id";

    /** One catalog row. */
    public record Entry(String id, String layer, String file, String at, String user, long count, String mode,
                        boolean createdLayer, String undoneAt) {
    }

    private final DataSource ws;
    private final SqlConsole sql;

    public ImportCatalog(DataSource ws) {
        this.ws = ws;
        this.sql = ws instanceof SqlConsole s ? s : null;
    }

    /** False for stores without SQL (in-memory sources): imports work, undo does not. */
    public boolean available() { return sql != null; }

    void ensureTable() {
        if (sql == null) return;
        sql.sql("CREATE TABLE IF NOT EXISTS ONEMAP_IMPORT(ID VARCHAR(40) PRIMARY KEY, LAYER VARCHAR(63) NOT NULL, FILE VARCHAR, "
                + "AT TIMESTAMP WITH TIME ZONE NOT NULL, USER_NAME VARCHAR, FEATURE_COUNT BIGINT NOT NULL, MODE VARCHAR(20), "
                + "CREATED_LAYER BOOLEAN NOT NULL, FEATURE_IDS VARCHAR, UNDONE_AT TIMESTAMP WITH TIME ZONE)");
    }

    void record(String id, String layer, String file, String user, long count, String mode, boolean created, String featureIds) {
        if (sql == null) return;
        ensureTable();
        sql.sql("INSERT INTO ONEMAP_IMPORT(ID, LAYER, FILE, AT, USER_NAME, FEATURE_COUNT, MODE, CREATED_LAYER, FEATURE_IDS) VALUES ("
                + lit(id) + ", " + lit(layer) + ", " + lit(file) + ", " + lit(OffsetDateTime.now().toString()) + ", " + lit(user) + ", "
                + count + ", " + lit(mode) + ", " + created + ", " + lit(featureIds) + ")");
    }

    /** All imports, oldest first. */
    public List<Entry> list() {
        List<Entry> out = new ArrayList<>();
        if (sql == null) return out;
        ensureTable();
        var r = sql.sql("SELECT ID, LAYER, FILE, AT, USER_NAME, FEATURE_COUNT, MODE, CREATED_LAYER, UNDONE_AT FROM ONEMAP_IMPORT ORDER BY AT, ID");
        for (List<Object> row : r.rows()) {
            out.add(new Entry(str(row.get(0)), str(row.get(1)), str(row.get(2)), str(row.get(3)), str(row.get(4)),
                    ((Number) row.get(5)).longValue(), str(row.get(6)), Boolean.TRUE.equals(row.get(7)) || "TRUE".equalsIgnoreCase(str(row.get(7))),
                    str(row.get(8))));
        }
        return out;
    }

    /**
     * Deletes the features import {@code id} wrote (one transaction) and drops its layer if the import
     * created it and it is now empty.
     *
     * @return the number of features deleted
     * @throws ImportException when there is no such import or it was undone already
     */
    public long undo(String id, String user) {
        if (sql == null) throw new ImportException("this data source keeps no import catalog: undo is not available");
        ensureTable();
        var r = sql.sql("SELECT LAYER, CREATED_LAYER, FEATURE_IDS, UNDONE_AT FROM ONEMAP_IMPORT WHERE ID = " + lit(id));
        if (r.rows().isEmpty()) throw new ImportException("no import with id " + id + " (list them with: onemap import --list)");
        List<Object> row = r.rows().get(0);
        String layer = str(row.get(0));
        boolean created = Boolean.TRUE.equals(row.get(1)) || "TRUE".equalsIgnoreCase(str(row.get(1)));
        String ids = str(row.get(2));
        if (row.get(3) != null) throw new ImportException("import " + id + " was already undone at " + row.get(3));
        long deleted = 0;
        FeatureStore store = ws.writableLayer(layer).orElse(null);
        if (store != null) {
            List<Feature> mine = new ArrayList<>();
            if (store.schema().field(IMPORT_ID_FIELD).isPresent()) {
                mine = store.list(Query.ALL.and(AttributeFilter.eq(IMPORT_ID_FIELD, id)));
            } else if (ids != null && !ids.isEmpty()) {
                Set<String> wanted = IdRanges.expand(ids);
                List<Feature> found = new ArrayList<>();
                store.read(Query.ALL, f -> { if (wanted.contains(f.id())) found.add(f); });
                mine = found;
            }
            try (Transaction tx = store.begin(user)) {
                for (Feature f : mine) tx.delete(f.id(), f.version());
                tx.commit();
            }
            deleted = mine.size();
            if (created && store.count(Query.ALL) == 0) dropLayer(layer);
        }
        sql.sql("UPDATE ONEMAP_IMPORT SET UNDONE_AT = CURRENT_TIMESTAMP WHERE ID = " + lit(id));
        return deleted;
    }

    /** Removes a layer an import created, when the import failed or is undone (not in the SPI: stores' own SQL). */
    void dropLayer(String layer) {
        if (sql == null) return;
        String upper = layer.toUpperCase(java.util.Locale.ROOT);
        sql.sql("DROP TABLE IF EXISTS \"" + upper.replace("\"", "\"\"") + "\"");
        sql.sql("DELETE FROM ONEMAP_LAYER WHERE LOWER(NAME) = " + lit(layer.toLowerCase(java.util.Locale.ROOT)));
    }

    private static String str(Object o) { return o == null ? null : o.toString(); }

    static String lit(String s) { return s == null ? "NULL" : "'" + s.replace("'", "''") + "'"; }

    /** Feature ids as compact ranges, "1-500,502". */
    static final class IdRanges {
        private IdRanges() {}

        static String compact(List<String> ids) {
            StringBuilder b = new StringBuilder();
            long start = Long.MIN_VALUE, prev = Long.MIN_VALUE;
            List<String> odd = new ArrayList<>();
            for (String s : ids) {
                long v;
                try {
                    v = Long.parseLong(s);
                } catch (NumberFormatException e) {
                    odd.add(s);
                    continue;
                }
                if (start != Long.MIN_VALUE && v == prev + 1) {
                    prev = v;
                    continue;
                }
                if (start != Long.MIN_VALUE) append(b, start, prev);
                start = prev = v;
            }
            if (start != Long.MIN_VALUE) append(b, start, prev);
            for (String o : odd) b.append(b.length() == 0 ? "" : ",").append(o.replace(",", ""));
            return b.toString();
        }

        private static void append(StringBuilder b, long a, long z) {
            if (b.length() > 0) b.append(',');
            b.append(a);
            if (z != a) b.append('-').append(z);
        }

        static Set<String> expand(String ranges) {
            Set<String> out = new HashSet<>();
            for (String part : ranges.split(",")) {
                int dash = part.indexOf('-', 1);
                if (dash > 0) {
                    long a = Long.parseLong(part.substring(0, dash)), z = Long.parseLong(part.substring(dash + 1));
                    for (long v = a; v <= z; v++) out.add(Long.toString(v));
                } else if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
            return out;
        }
    }
}
