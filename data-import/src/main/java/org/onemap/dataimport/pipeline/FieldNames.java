package org.onemap.dataimport.pipeline;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.onemap.dataimport.survey.SurveyField;

/**
 * Turns source column titles (often Chinese: 编号, 村名, 面积(亩)) into workspace field names (ASCII
 * letters, digits, {@code _}; the store's rule), using the survey vocabulary where it knows the title and
 * {@code col_N} otherwise. Reserved bookkeeping names get a {@code src_} prefix.
 */
public final class FieldNames {
    private static final Map<String, String> KNOWN = new LinkedHashMap<>();
    private static final Set<String> RESERVED = Set.of("id", "geom", "version", "updated_at", "updated_by", "import_id");

    static {
        for (SurveyField f : SurveyField.values()) KNOWN.put(f.title(), f.fieldName());
        String[][] pairs = {
            {"编号", "code"}, {"序号", "seq"}, {"代码", "admin_code"}, {"编码", "code"}, {"地块编号", "parcel_code"}, {"地块编码", "parcel_code"},
            {"村名", "village"}, {"村", "village"}, {"村庄", "village"}, {"行政村", "village"}, {"村名称", "village"},
            {"村代码", "village_code"}, {"村级代码", "village_code"}, {"乡镇", "township"}, {"镇", "township"}, {"乡镇名", "township"},
            {"乡镇代码", "township_code"}, {"县", "county"}, {"区县", "county"}, {"县级代码", "county_code"},
            {"经度", "lon"}, {"纬度", "lat"}, {"作物", "crop"}, {"面积", "area"}, {"面积(亩)", "area_mu"}, {"面积（亩）", "area_mu"},
            {"面积(公顷)", "area_ha"}, {"面积(平方米)", "area_m2"}, {"户主", "owner"}, {"承包方", "owner"}, {"姓名", "person"},
            {"名称", "name"}, {"名字", "name"}, {"类型", "kind"}, {"备注", "note"}, {"地址", "address"}, {"电话", "phone"},
            {"产量", "yield"}, {"产量(斤)", "yield_jin"}, {"产量(公斤)", "yield_kg"}, {"人口", "population"}, {"户数", "households"},
            {"日期", "date"}, {"调查日期", "survey_date"}, {"数量", "quantity"}, {"金额", "amount"}, {"单位", "unit"},
        };
        for (String[] p : pairs) KNOWN.put(p[0], p[1]);
    }

    private FieldNames() {}

    /** Field names for {@code titles}, in order, unique (case-insensitive) and valid for the workspace. */
    public static List<String> forTitles(List<String> titles) {
        Set<String> used = new HashSet<>();
        String[] out = new String[titles.size()];
        for (int i = 0; i < titles.size(); i++) {
            String base = of(titles.get(i), i);
            String n = base;
            for (int k = 2; !used.add(n.toLowerCase(Locale.ROOT)); k++) n = base + "_" + k;
            out[i] = n;
        }
        return List.of(out);
    }

    /**
     * Names for appending to an existing layer: a DBF cuts names to 10 bytes ({@code parcel_cod}), so a
     * name the layer lacks that is the 10-character start of exactly one of its fields maps to that field.
     */
    public static List<String> matchExisting(List<String> names, org.onemap.core.feature.LayerSchema schema) {
        String[] out = names.toArray(new String[0]);
        for (int i = 0; i < out.length; i++) {
            String n = out[i];
            if (schema.field(n).isPresent() || n.length() != DBF_NAME_LENGTH) continue;
            List<String> candidates = schema.fields().stream().map(f -> f.name())
                    .filter(f -> f.toLowerCase(Locale.ROOT).startsWith(n.toLowerCase(Locale.ROOT))).toList();
            if (candidates.size() == 1) out[i] = candidates.get(0);
        }
        return List.of(out);
    }

    private static final int DBF_NAME_LENGTH = 10;

    /** The field name for one title at 0-based column {@code index}. */
    static String of(String title, int index) {
        String t = title == null ? "" : title.trim();
        String known = KNOWN.get(t);
        if (known == null) known = KNOWN.get(t.replace('（', '(').replace('）', ')'));
        String n = known != null ? known : ascii(t);
        if (n.isEmpty()) n = "col_" + (index + 1);
        if (!Character.isLetter(n.charAt(0))) n = "f_" + n;
        n = n.toLowerCase(Locale.ROOT);
        if (n.length() > 60) n = n.substring(0, 60);
        if (RESERVED.contains(n)) n = "src_" + n;
        return n;
    }

    private static String ascii(String t) {
        StringBuilder b = new StringBuilder();
        for (char c : t.toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) b.append(c);
            else if (b.length() > 0 && b.charAt(b.length() - 1) != '_') b.append('_');
        }
        while (b.length() > 0 && b.charAt(b.length() - 1) == '_') b.setLength(b.length() - 1);
        // a title that is mostly non-ASCII (Chinese) would lose its meaning: let the caller number it
        long nonAscii = t.chars().filter(c -> c > 127).count();
        return nonAscii > 0 ? "" : b.toString();
    }
}
