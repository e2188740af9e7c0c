package org.onemap.datasources.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.onemap.core.feature.AttributeFilter;
import org.onemap.core.feature.AttributeFilter.Op;
import org.onemap.core.feature.Feature;

class FilterSqlTest {
    private static final Set<String> FIELDS = Set.of("name", "n");
    private final FilterSql sql = new FilterSql(FilterSqlTest::column, AttributeFilter::value);

    private static String column(String field) {
        if (!FIELDS.contains(field)) throw new IllegalArgumentException("no field " + field);
        return '"' + field + '"';
    }

    @Test
    void writesEachOperatorWithItsValueBound() {
        List<String> terms = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        sql.addAll(List.of(new AttributeFilter("n", Op.GE, 2), new AttributeFilter("name", Op.IS_NULL, null),
                new AttributeFilter("name", Op.LIKE, "a%")), terms, params);
        assertEquals(" WHERE \"n\" >= ? AND \"name\" IS NULL AND \"name\" LIKE ?", FilterSql.where(terms));
        assertEquals(List.of(2, "a%"), params);
        assertEquals("", FilterSql.where(List.of()));
    }

    @Test
    void unknownFieldIsRejectedBeforeAnyValueIsBound() {
        List<Object> params = new ArrayList<>();
        FilterSql strict = new FilterSql(FilterSqlTest::column, f -> { throw new AssertionError("value asked first"); });
        assertThrows(IllegalArgumentException.class, () -> strict.condition(AttributeFilter.eq("crop", "x"), params));
        assertEquals(List.of(), params);
    }

    /** Every operator selects in a real database exactly the rows the in-memory evaluation selects. */
    @Test
    void sqlAgreesWithInMemoryFilterForEveryOperator() throws Exception {
        Object[][] rows = {{"a", 1}, {"b", 2}, {null, 3}, {"ab", null}};
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, \"name\" TEXT, \"n\" INTEGER)");
            }
            List<Feature> features = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO t VALUES (?, ?, ?)")) {
                for (int i = 0; i < rows.length; i++) {
                    ps.setInt(1, i);
                    ps.setObject(2, rows[i][0]);
                    ps.setObject(3, rows[i][1]);
                    ps.executeUpdate();
                    Map<String, Object> attrs = new HashMap<>();
                    attrs.put("name", rows[i][0]);
                    attrs.put("n", rows[i][1]);
                    features.add(new Feature(String.valueOf(i), null, attrs, 1));
                }
            }
            for (Op op : Op.values()) {
                AttributeFilter f = op == Op.LIKE ? new AttributeFilter("name", op, "a%")
                        : op == Op.IS_NULL || op == Op.NOT_NULL ? new AttributeFilter("name", op, null)
                        : new AttributeFilter("n", op, 2);
                Set<String> expected = new TreeSet<>();
                for (Feature ft : features) if (f.test(ft)) expected.add(ft.id());
                assertEquals(expected, select(c, f), "rows selected by " + f);
            }
        }
    }

    private Set<String> select(Connection c, AttributeFilter f) throws Exception {
        List<Object> params = new ArrayList<>();
        String where = FilterSql.where(List.of(sql.condition(f, params)));
        Set<String> ids = new TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM t" + where)) {
            for (int i = 0; i < params.size(); i++) ps.setObject(i + 1, params.get(i));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) ids.add(rs.getString(1));
            }
        }
        return ids;
    }
}
