package org.onemap.dataimport.export;

import java.util.HashMap;
import java.util.Map;
import org.onemap.dataimport.survey.SurveyField;

/** The Chinese column titles users see in exported tables: survey titles first, then the workspace layers' common fields. */
final class FieldTitles {
    private static final Map<String, String> KNOWN = new HashMap<>();

    static {
        KNOWN.put("name", "名称");
        KNOWN.put("code", "代码");
        KNOWN.put("admin_code", "行政区划代码");
        KNOWN.put("parent_code", "上级代码");
        KNOWN.put("township_code", "乡镇代码");
        KNOWN.put("township_name", "乡镇名称");
        KNOWN.put("village_name", "村名称");
        KNOWN.put("land_type", "地类");
        KNOWN.put("high_standard", "高标准农田");
        KNOWN.put("population", "人口");
        KNOWN.put("kind_zh", "类别");
        KNOWN.put("status_zh", "状态");
        KNOWN.put("type_zh", "类型");
        KNOWN.put("plate", "车牌");
        KNOWN.put("operator", "运营方");
        for (SurveyField f : SurveyField.values()) KNOWN.put(f.fieldName(), f.title());
    }

    private FieldTitles() {}

    /** The title for {@code field}, or the field name itself when none is known. */
    static String of(String field) {
        return KNOWN.getOrDefault(field, field);
    }
}
