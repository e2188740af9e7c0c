package org.onemap.dataimport.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxTableWriterTest {
    private static final List<XlsxColumn> COLUMNS = List.of(
            XlsxColumn.text("地块编码", 20), XlsxColumn.text("作物", 8), XlsxColumn.decimal("面积（亩）", 12, 2),
            XlsxColumn.integer("户数", 6), XlsxColumn.date("调查日期", 12), XlsxColumn.text("村级代码", 15));

    @TempDir Path dir;

    @Test
    void writesATypedTableWithABoldFrozenChineseHeader() throws IOException {
        Path xlsx = dir.resolve("parcels.xlsx");
        try (XlsxTableWriter w = XlsxTableWriter.create(xlsx, "地块调查", COLUMNS)) {
            w.writeRow("430321-012-00345", "水稻", 3.25, 2, LocalDate.of(2024, 6, 1), "430321100201");
            w.writeRow(List.of("430321-012-00346", "湘莲", 1.5, 1, LocalDate.of(2024, 6, 2), 430321100202L));
            w.writeRow("430321-012-00347", null, null, null, null, null);
            assertEquals(3, w.rowCount());
            w.addNotes("说明", List.of("模拟数据"));
            w.commit();
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(xlsx.toFile())) {
            Sheet s = wb.getSheet("地块调查");
            Row head = s.getRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                assertEquals(COLUMNS.get(i).title(), head.getCell(i).getStringCellValue(), "header " + i);
                assertTrue(wb.getFontAt(head.getCell(i).getCellStyle().getFontIndex()).getBold(), "header " + i + " is bold");
                assertEquals(COLUMNS.get(i).widthChars() * 256, s.getColumnWidth(i), "width of column " + i);
            }
            assertTrue(s.getPaneInformation() != null && s.getPaneInformation().isFreezePane(), "header row is frozen");
            assertEquals(1, s.getPaneInformation().getHorizontalSplitPosition());
            assertEquals(3, s.getLastRowNum());

            Row r = s.getRow(1);
            assertEquals(CellType.STRING, r.getCell(0).getCellType());
            assertEquals("水稻", r.getCell(1).getStringCellValue());
            assertEquals(CellType.NUMERIC, r.getCell(2).getCellType(), "area is a number, not text");
            assertEquals(3.25, r.getCell(2).getNumericCellValue());
            assertEquals("0.00", r.getCell(2).getCellStyle().getDataFormatString());
            assertEquals(2.0, r.getCell(3).getNumericCellValue());
            assertTrue(DateUtil.isCellDateFormatted(r.getCell(4)), "survey date is a date cell");
            assertEquals(LocalDate.of(2024, 6, 1), r.getCell(4).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(CellType.STRING, s.getRow(2).getCell(5).getCellType(), "codes in a text column stay text even from a Long");
            assertEquals("430321100202", s.getRow(2).getCell(5).getStringCellValue());
            assertNull(s.getRow(3).getCell(2), "null leaves the cell empty");
            assertEquals("模拟数据", wb.getSheet("说明").getRow(0).getCell(0).getStringCellValue());
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aValueOfTheWrongKindNamesRowAndColumn() throws IOException {
        try (XlsxTableWriter w = XlsxTableWriter.create(dir.resolve("bad.xlsx"), "t", COLUMNS)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> w.writeRow("x", "y", "3.25", 1, null, null));
            assertTrue(e.getMessage().contains("row 1") && e.getMessage().contains("面积（亩）"), e.getMessage());
        }
    }

    @Test
    void leavesNoFileWhenClosedWithoutCommit() throws IOException {
        try (XlsxTableWriter w = XlsxTableWriter.create(dir.resolve("abandoned.xlsx"), "t", COLUMNS)) {
            w.writeRow("430321-012-00345", "水稻", 3.25, 2, null, null);
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.toList());
        }
        assertFalse(Files.exists(dir.resolve("abandoned.xlsx")));
    }
}
