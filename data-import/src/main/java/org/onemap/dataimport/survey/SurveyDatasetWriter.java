package org.onemap.dataimport.survey;

import java.io.Closeable;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Point;
import org.onemap.dataimport.excel.XlsxColumn;
import org.onemap.dataimport.excel.XlsxTableWriter;
import org.onemap.dataimport.shapefile.DbfCharsets;
import org.onemap.dataimport.shapefile.DbfField;
import org.onemap.dataimport.shapefile.ShapeType;
import org.onemap.dataimport.shapefile.ShapefileWriter;

/**
 * Writes survey parcels the way a county survey office delivers them: a GBK polygon shapefile in
 * WGS 84 ({@code base.shp/.shx/.dbf/.cpg/.prj}) and, optionally, an xlsx table with Chinese headers
 * and the centroid lon/lat ({@code base.xlsx}). Every record is marked {@code generated = T} and the
 * xlsx has a 说明 sheet saying the data is synthetic, so generated data is never mistaken for survey
 * results. Files appear only at {@link #commit()}. Not thread-safe.
 */
public final class SurveyDatasetWriter implements Closeable {
    /** Areas are stored in mu to 2 decimals (0.01 mu ≈ 6.7 m²) in both files. */
    public static final int AREA_DECIMALS = 2;

    /** Shapefile columns (declared names; the DBF stores them cut to 10 bytes, see {@link #shapefileFieldNames()}). */
    public static final List<DbfField> SHAPEFILE_FIELDS = List.of(
            DbfField.text(SurveyField.PARCEL_CODE.fieldName(), 20),
            DbfField.text(SurveyField.CROP.fieldName(), 20),
            DbfField.decimal(SurveyField.AREA_MU.fieldName(), 12, AREA_DECIMALS),
            DbfField.text(SurveyField.OWNER.fieldName(), 20),
            DbfField.text(SurveyField.VILLAGE_CODE.fieldName(), 12),
            DbfField.text(SurveyField.COUNTY_CODE.fieldName(), 6),
            DbfField.date(SurveyField.SURVEY_DATE.fieldName()),
            DbfField.logical(SurveyField.GENERATED.fieldName()));

    /** Xlsx columns, titled in Chinese. */
    public static final List<XlsxColumn> XLSX_COLUMNS = List.of(
            XlsxColumn.text(SurveyField.PARCEL_CODE.title(), 20),
            XlsxColumn.text(SurveyField.CROP.title(), 8),
            XlsxColumn.decimal(SurveyField.AREA_MU.title(), 12, AREA_DECIMALS),
            XlsxColumn.text(SurveyField.OWNER.title(), 10),
            XlsxColumn.text(SurveyField.VILLAGE_CODE.title(), 15),
            XlsxColumn.text(SurveyField.COUNTY_CODE.title(), 10),
            XlsxColumn.decimal(SurveyField.LON.title(), 13, 6),
            XlsxColumn.decimal(SurveyField.LAT.title(), 12, 6),
            XlsxColumn.date(SurveyField.SURVEY_DATE.title(), 12));

    /** The notice on the xlsx 说明 sheet. */
    public static final List<String> NOTICE = List.of(
            "模拟数据：本表由 OneMap 生成器生成，并非真实调查成果，仅供演示与测试。",
            "Generated data: synthetic parcels made by the OneMap generator, not survey results.",
            "坐标系：WGS 84 经纬度（EPSG:4326）；经纬度为地块质心。面积单位：亩（1 亩 = 10000/15 平方米）。");

    private final ShapefileWriter shp;
    private final XlsxTableWriter xlsx;
    private final Path shpPath;
    private final Path xlsxPath;

    private SurveyDatasetWriter(Path dir, String baseName, boolean withXlsx) throws IOException {
        this.shpPath = dir.resolve(baseName + ".shp");
        this.xlsxPath = withXlsx ? dir.resolve(baseName + ".xlsx") : null;
        this.shp = ShapefileWriter.builder(shpPath, ShapeType.POLYGON).fields(SHAPEFILE_FIELDS)
                .charset(DbfCharsets.GBK).prj(ShapefileWriter.WGS84_PRJ).open();
        XlsxTableWriter x = null;
        try {
            if (withXlsx) x = XlsxTableWriter.create(xlsxPath, "地块调查", XLSX_COLUMNS);
        } catch (RuntimeException e) {
            shp.close();
            throw e;
        }
        this.xlsx = x;
    }

    /** Starts {@code dir/baseName.shp} (+ sidecars) and {@code dir/baseName.xlsx}. */
    public static SurveyDatasetWriter open(Path dir, String baseName) throws IOException {
        return open(dir, baseName, true);
    }

    /** As {@link #open(Path, String)}; without xlsx when {@code withXlsx} is false (xlsx is the slower half). */
    public static SurveyDatasetWriter open(Path dir, String baseName, boolean withXlsx) throws IOException {
        return new SurveyDatasetWriter(dir, baseName, withXlsx);
    }

    /**
     * Appends a parcel to both files.
     *
     * @throws IllegalArgumentException if a value does not fit (e.g. a crop name over 10 Chinese characters)
     * @throws IllegalStateException past {@link XlsxTableWriter#MAX_ROWS} parcels with xlsx
     */
    public void write(SurveyParcel p) throws IOException {
        // both files carry the area as the DBF stores it (2 decimals), so their totals agree
        double areaMu = BigDecimal.valueOf(p.areaMu()).setScale(AREA_DECIMALS, RoundingMode.HALF_UP).doubleValue();
        shp.write(p.geometry(), p.parcelCode(), p.crop(), areaMu, p.owner(), p.villageCode(), p.countyCode(),
                p.surveyDate(), Boolean.TRUE);
        if (xlsx != null) {
            Point c = p.geometry().getCentroid();
            xlsx.writeRow(p.parcelCode(), p.crop(), areaMu, p.owner(), p.villageCode(), p.countyCode(),
                    c.isEmpty() ? null : c.getX(), c.isEmpty() ? null : c.getY(), p.surveyDate());
        }
    }

    /** Parcels written so far. */
    public int count() { return shp.count(); }

    public Path shapefile() { return shpPath; }

    public Optional<Path> xlsxFile() { return Optional.ofNullable(xlsxPath); }

    /** Declared shapefile field name → stored DBF name ({@code village_code} → {@code village_co}). */
    public Map<String, String> shapefileFieldNames() { return shp.fieldNames(); }

    /** Every file this writer produces (after {@link #commit()}). */
    public List<Path> files() {
        List<Path> all = new ArrayList<>(shp.files());
        if (xlsxPath != null) all.add(xlsxPath);
        return all;
    }

    /** Finishes both files and moves them into place. */
    public void commit() throws IOException {
        try {
            if (xlsx != null) xlsx.addNotes("说明", NOTICE);
            shp.commit();
            if (xlsx != null) xlsx.commit();
        } finally {
            close();
        }
    }

    /** Without a prior {@link #commit()}, discards everything written. */
    @Override
    public void close() throws IOException {
        try {
            shp.close();
        } finally {
            if (xlsx != null) xlsx.close();
        }
    }
}
