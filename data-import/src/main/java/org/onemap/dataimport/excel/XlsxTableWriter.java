package org.onemap.dataimport.excel;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Streams a table into an .xlsx: one sheet, a bold frozen header row with the column titles, typed
 * cells (numbers as numbers, dates as dates), column widths and an auto-filter. Rows are flushed to
 * disk as they are written (POI SXSSF), so a million rows need little heap.
 *
 * <p>The workbook is written to a temporary file and renamed by {@link #commit()}; {@link #close()}
 * without a commit leaves nothing behind. An xlsx sheet holds at most 1,048,575 data rows. Not thread-safe.
 */
public final class XlsxTableWriter implements Closeable {
    /** Rows kept in memory before POI flushes them to its temp file. */
    private static final int WINDOW = 200;
    /** The most data rows a sheet can hold below its header. */
    public static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;

    private final Path target;
    private final List<XlsxColumn> columns;
    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private final CellStyle[] styles;
    private int rows;
    private boolean closed;

    private XlsxTableWriter(Path target, String sheetName, List<XlsxColumn> columns) {
        this.target = target;
        this.columns = List.copyOf(columns);
        if (this.columns.isEmpty()) throw new IllegalArgumentException("an xlsx table needs at least one column");
        this.workbook = new SXSSFWorkbook(null, WINDOW, false, false); // plain temp XML (~0.5 KB a row): gzip made 1M rows 1.6x slower
        try {
            this.sheet = workbook.createSheet(sheetName);
            DataFormat fmt = workbook.createDataFormat();
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            this.styles = new CellStyle[this.columns.size()];
            Row head = sheet.createRow(0);
            for (int i = 0; i < this.columns.size(); i++) {
                XlsxColumn c = this.columns.get(i);
                CellStyle s = workbook.createCellStyle();
                s.setDataFormat(fmt.getFormat(c.format()));
                styles[i] = s;
                sheet.setColumnWidth(i, Math.min(255, c.widthChars()) * 256);
                Cell cell = head.createCell(i);
                cell.setCellValue(c.title());
                cell.setCellStyle(header);
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, this.columns.size() - 1));
        } catch (RuntimeException e) {
            workbook.dispose();
            throw e;
        }
    }

    /** Starts a workbook at {@code xlsx} with one sheet named {@code sheetName} and these columns. */
    public static XlsxTableWriter create(Path xlsx, String sheetName, List<XlsxColumn> columns) {
        return new XlsxTableWriter(Objects.requireNonNull(xlsx, "xlsx"), sheetName, columns);
    }

    /** The columns as declared. */
    public List<XlsxColumn> columns() { return columns; }

    /** Data rows written so far. */
    public int rowCount() { return rows; }

    /**
     * Appends a row, {@code values} in column order; null leaves the cell empty. Text columns take any
     * value's text; number columns take {@link Number}s; date columns take LocalDate, LocalDateTime,
     * Instant or Date.
     *
     * @throws IllegalArgumentException (naming row and column) for a value of the wrong kind
     * @throws IllegalStateException when the sheet is full
     */
    public void writeRow(Object... values) throws IOException {
        ensureOpen();
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("row " + (rows + 1) + ": " + values.length + " values for " + columns.size() + " columns");
        }
        if (rows >= MAX_ROWS) throw new IllegalStateException(target.getFileName() + ": an xlsx sheet holds at most " + MAX_ROWS + " data rows");
        Row row = sheet.createRow(rows + 1);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) continue;
            XlsxColumn c = columns.get(i);
            Cell cell = row.createCell(i);
            cell.setCellStyle(styles[i]);
            try {
                switch (c.kind()) {
                    case TEXT -> cell.setCellValue(v.toString());
                    case INTEGER, DECIMAL -> cell.setCellValue(((Number) v).doubleValue());
                    case DATE -> setDate(cell, v);
                    case BOOLEAN -> cell.setCellValue((Boolean) v);
                }
            } catch (ClassCastException e) {
                throw new IllegalArgumentException("row " + (rows + 1) + ", column " + c.title() + ": a "
                        + v.getClass().getSimpleName() + " '" + v + "' cannot fill a " + c.kind() + " column", e);
            }
        }
        rows++;
    }

    /** Appends a row from a list of values (see {@link #writeRow(Object...)}). */
    public void writeRow(List<?> values) throws IOException {
        writeRow(values.toArray());
    }

    private static void setDate(Cell cell, Object v) {
        if (v instanceof LocalDate d) cell.setCellValue(d);
        else if (v instanceof LocalDateTime dt) cell.setCellValue(dt);
        else if (v instanceof Instant i) cell.setCellValue(LocalDateTime.ofInstant(i, ZoneOffset.UTC));
        else if (v instanceof java.sql.Date sd) cell.setCellValue(sd.toLocalDate());
        else cell.setCellValue((Date) v);
    }

    /**
     * Adds a second sheet of plain text lines, e.g. the "generated data" notice and its source.
     * Call before {@link #commit()}.
     */
    public void addNotes(String sheetName, List<String> lines) {
        ensureOpen();
        SXSSFSheet notes = workbook.createSheet(sheetName);
        notes.setColumnWidth(0, 100 * 256);
        for (int i = 0; i < lines.size(); i++) notes.createRow(i).createCell(0).setCellValue(lines.get(i));
    }

    /** Writes the workbook to a temporary file and renames it to the target. The writer is then closed. */
    public void commit() throws IOException {
        ensureOpen();
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = dir.resolve(target.getFileName() + "." + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36) + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                workbook.write(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
            close();
        }
    }

    /** Releases POI's temporary files; without a prior {@link #commit()} nothing is written. */
    @Override
    public void close() throws IOException {
        if (closed) return;
        closed = true;
        try {
            workbook.close();
        } finally {
            workbook.dispose();
        }
    }

    private void ensureOpen() {
        if (closed) throw new IllegalStateException(target.getFileName() + ": writer is closed");
    }
}
