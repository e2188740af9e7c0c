package org.onemap.dataimport.survey;

import java.util.Optional;

/**
 * The columns of OneMap survey files: the field name used in layers and shapefiles (DESIGN.md), the
 * Chinese title of the xlsx header, and whether the shapefile carries it (lon/lat are in the geometry).
 * Importers use {@link #byTitle(String)} to map an xlsx header back to field names.
 */
public enum SurveyField {
    PARCEL_CODE("parcel_code", "地块编码", true),
    CROP("crop", "作物", true),
    AREA_MU("area_mu", "面积（亩）", true),
    OWNER("owner", "承包方", true),
    VILLAGE_CODE("village_code", "村级代码", true),
    COUNTY_CODE("county_code", "县级代码", true),
    LON("lon", "质心经度", false),
    LAT("lat", "质心纬度", false),
    SURVEY_DATE("survey_date", "调查日期", true),
    GENERATED("generated", "模拟数据", true);

    private final String fieldName;
    private final String title;
    private final boolean inShapefile;

    SurveyField(String fieldName, String title, boolean inShapefile) {
        this.fieldName = fieldName;
        this.title = title;
        this.inShapefile = inShapefile;
    }

    /** The layer field name, e.g. {@code village_code} (a shapefile stores it cut to 10 bytes: {@code village_co}). */
    public String fieldName() { return fieldName; }

    /** The xlsx column title, e.g. 村级代码. */
    public String title() { return title; }

    public boolean inShapefile() { return inShapefile; }

    public static Optional<SurveyField> byTitle(String title) {
        for (SurveyField f : values()) {
            if (f.title.equals(title == null ? null : title.trim())) return Optional.of(f);
        }
        return Optional.empty();
    }
}
