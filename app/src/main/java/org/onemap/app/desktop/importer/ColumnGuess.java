package org.onemap.app.desktop.importer;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The column mapping the wizard pre-fills from the titles: lon/lat (or x/y) first, else an admin code,
 * else a village/township name, with the same words the table importer recognises (经度/lon/X …), so
 * the user sees, and can change, what would be detected.
 */
record ColumnGuess(String x, String y, String joinCode, String joinName) {
    private static final Set<String> X = Set.of("经度", "lon", "lng", "long", "longitude", "x", "x坐标", "东经", "easting", "东坐标", "横坐标");
    private static final Set<String> Y = Set.of("纬度", "lat", "latitude", "y", "y坐标", "北纬", "northing", "北坐标", "纵坐标");
    private static final Set<String> CODE = Set.of("村代码", "村级代码", "行政区划代码", "区划代码", "行政代码", "adcode", "admin_code",
            "village_code", "代码", "区划编码", "行政区划编码");
    private static final Set<String> NAME = Set.of("村名", "村", "村庄", "行政村", "村名称", "村庄名称", "village", "village_name",
            "乡镇", "镇", "乡", "乡镇名称", "township", "town");
    static final ColumnGuess NONE = new ColumnGuess(null, null, null, null);

    static ColumnGuess of(List<String> columns) {
        String x = match(columns, X, "经度"), y = match(columns, Y, "纬度");
        if (x != null && y != null) return new ColumnGuess(x, y, null, null);
        String code = match(columns, CODE, null);
        if (code != null) return new ColumnGuess(null, null, code, null);
        String name = match(columns, NAME, null);
        return name == null ? NONE : new ColumnGuess(null, null, null, name);
    }

    boolean isEmpty() { return x == null && joinCode == null && joinName == null; }

    private static String match(List<String> columns, Set<String> words, String contained) {
        for (String c : columns) if (words.contains(norm(c))) return c;
        if (contained != null) for (String c : columns) if (c.contains(contained)) return c;
        return null;
    }

    private static String norm(String title) {
        return title.trim().toLowerCase(Locale.ROOT).replaceAll("\\s*[(（].*[)）]$", "").replace(" ", "");
    }
}
