package org.onemap.dataimport.survey;

import java.time.LocalDate;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * One surveyed (or generated) farmland parcel as OneMap's survey files carry it: the DESIGN.md parcel
 * columns plus survey date, with a Polygon or MultiPolygon in WGS 84 lon/lat.
 *
 * @param parcelCode  e.g. {@code 430321-012-00345}
 * @param crop        e.g. 水稻, 湘莲, 蔬菜
 * @param areaMu      area in mu (亩 = 10000/15 m²)
 * @param owner       the contracting household (承包方)
 * @param villageCode 12-digit statistical village code
 * @param countyCode  6-digit county code
 * @param surveyDate  may be null
 */
public record SurveyParcel(String parcelCode, String crop, double areaMu, String owner, String villageCode,
                           String countyCode, LocalDate surveyDate, Geometry geometry) {
    public SurveyParcel {
        Objects.requireNonNull(parcelCode, "parcelCode");
        Objects.requireNonNull(geometry, "geometry");
    }
}
