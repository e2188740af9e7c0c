package org.onemap.dataimport.table;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.onemap.dataimport.ImportException;

/**
 * Which columns hold the position: x/y (lon/lat or Gauss-Kruger), or an admin code / place name to join to
 * the reference layers. Given by the user, or recognised from Chinese/English titles (经度/lon/longitude/X,
 * 纬度/lat/latitude/Y, 村代码/adcode, 村名/村/乡镇 …).
 */
record ColumnRoles(Integer x, Integer y, Integer joinCode, Integer joinName) {
    private static final Set<String> X = Set.of("经度", "lon", "lng", "long", "longitude", "x", "x坐标", "东经", "easting", "东坐标", "横坐标", "e");
    private static final Set<String> Y = Set.of("纬度", "lat", "latitude", "y", "y坐标", "北纬", "northing", "北坐标", "纵坐标", "n");
    private static final Set<String> CODE = Set.of("村代码", "村级代码", "行政区划代码", "区划代码", "行政代码", "adcode", "admin_code",
            "village_code", "代码", "区划编码", "行政区划编码");
    private static final Set<String> NAME = Set.of("村名", "村", "村庄", "行政村", "村名称", "村庄名称", "village", "village_name",
            "乡镇", "镇", "乡", "乡镇名称", "township", "town");

    boolean hasXy() { return x != null && y != null; }

    static ColumnRoles of(List<String> titles, String x, String y, String joinCode, String joinName, String where) {
        if (x != null || y != null) {
            if (x == null || y == null) throw new ImportException("give both --x and --y");
            return new ColumnRoles(find(titles, x, where), find(titles, y, where), null, null);
        }
        if (joinCode != null) return new ColumnRoles(null, null, find(titles, joinCode, where), null);
        if (joinName != null) return new ColumnRoles(null, null, null, find(titles, joinName, where));
        Integer ax = match(titles, X, "经度"), ay = match(titles, Y, "纬度");
        if (ax != null && ay != null) return new ColumnRoles(ax, ay, null, null);
        Integer code = match(titles, CODE, null);
        if (code != null) return new ColumnRoles(null, null, code, null);
        Integer name = match(titles, NAME, null);
        if (name != null) return new ColumnRoles(null, null, null, name);
        throw new ImportException(where + "no coordinate columns (经度/纬度, lon/lat, x/y) and no admin code or village name column "
                + "to join on among " + titles + ": use --x COL --y COL, --join-code COL or --join-name COL");
    }

    private static Integer find(List<String> titles, String wanted, String where) {
        for (int i = 0; i < titles.size(); i++) if (titles.get(i).equalsIgnoreCase(wanted.trim())) return i;
        throw new ImportException(where + "no column '" + wanted + "' (columns: " + String.join(", ", titles) + ")");
    }

    private static Integer match(List<String> titles, Set<String> names, String containsWord) {
        for (int i = 0; i < titles.size(); i++) {
            String t = norm(titles.get(i));
            if (names.contains(t)) return i;
        }
        if (containsWord != null) {
            for (int i = 0; i < titles.size(); i++) if (titles.get(i).contains(containsWord)) return i;
        }
        return null;
    }

    private static String norm(String title) {
        return title.trim().toLowerCase(Locale.ROOT).replaceAll("\\s*[(（].*[)）]$", "").replace(" ", "");
    }
}
