package org.onemap.app.desktop.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The analysts' survey sheet the wizard tests import: headers 编号/村名/经度/纬度/作物/面积(亩), five
 * villages in Xiangtan, the last with text in its 经度 cell (sheet row 6), so a valid-rows import
 * writes 4 and reports 1 problem.
 */
public final class VillageSurveyWorkbook {
    public static final String BAD_LON = "东经112度";
    public static final int BAD_ROW = 6;

    private VillageSurveyWorkbook() {}

    public static Path write(Path xlsx) throws IOException {
        Object[][] rows = {
                {"编号", "村名", "经度", "纬度", "作物", "面积(亩)"},
                {1, "韶山村", 112.5265, 27.9150, "水稻", 120.5},
                {2, "花石村", 112.7456, 27.6032, "湘莲", 86},
                {3, "射埠村", 112.8030, 27.6588, "水稻", 150},
                {4, "易俗河村", 112.9450, 27.8000, "蔬菜", 42.5},
                {5, "白石村", BAD_LON, 27.7200, "油菜", 60},
        };
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet sheet = wb.createSheet("调查");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Number n) row.createCell(c).setCellValue(n.doubleValue());
                    else row.createCell(c).setCellValue(v.toString());
                }
            }
            wb.write(out);
        }
        return xlsx;
    }
}
