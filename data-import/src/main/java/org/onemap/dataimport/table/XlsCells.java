package org.onemap.dataimport.table;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Reads a legacy {@code .xls} (BIFF8, at most 65 536 rows a sheet) with POI HSSF, read-only. */
public final class XlsCells implements TableCells {
    private final Path file;

    public XlsCells(Path file) {
        this.file = file;
    }

    @Override
    public void read(CellRowSink sink) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true); HSSFWorkbook wb = new HSSFWorkbook(fs.getRoot(), true)) {
            for (Sheet sheet : wb) {
                sink.sheet(sheet.getSheetName());
                for (Row r : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (Cell c : r) {
                        while (cells.size() <= c.getColumnIndex()) cells.add(null);
                        cells.set(c.getColumnIndex(), text(c, c.getCellType()));
                    }
                    sink.row(sheet.getSheetName(), r.getRowNum() + 1, cells);
                }
            }
        } catch (org.apache.poi.poifs.filesystem.NotOLE2FileException | org.apache.poi.poifs.filesystem.OfficeXmlFileException e) {
            throw new IOException(file.getFileName() + ": not an .xls workbook (" + e.getMessage() + ")", e);
        }
    }

    private static String text(Cell c, CellType t) {
        return switch (t) {
            case STRING -> c.getStringCellValue();
            case NUMERIC -> CellText.number(c.getNumericCellValue());
            case BOOLEAN -> c.getBooleanCellValue() ? "TRUE" : "FALSE";
            case FORMULA -> text(c, c.getCachedFormulaResultType());
            default -> null;
        };
    }
}
