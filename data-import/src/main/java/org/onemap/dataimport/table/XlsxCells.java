package org.onemap.dataimport.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.SAXException;

/**
 * Streams an {@code .xlsx} with a lean scanner over the sheet XML ({@link SheetXml}; POI's {@link XSSFReader}
 * for the parts and shared strings), in memory bounded by one row: a 100k-row sheet is never held as a workbook. Numeric cells give
 * their stored value, not the display format (a "0.00" format would round coordinates away).
 * Opened read-only: the file is never modified.
 */
public final class XlsxCells implements TableCells {
    private final Path file;

    public XlsxCells(Path file) {
        this.file = file;
    }

    @Override
    public void read(CellRowSink sink) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    String name = it.getSheetName();
                    sink.sheet(name);
                    new SheetXml(in).scan(new SheetHandler(name, strings, sink));
                }
            }
        } catch (OpenXML4JException | SAXException | org.apache.poi.ooxml.POIXMLException e) {
            throw new IOException(file.getFileName() + ": not a readable .xlsx workbook (" + e.getMessage() + ")", e);
        } catch (org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException | org.apache.poi.openxml4j.exceptions.InvalidOperationException e) {
            throw new IOException(file.getFileName() + ": not an .xlsx workbook (" + e.getMessage() + ")", e);
        }
    }

    /** The row number at the end of a range such as {@code A1:I100001} (or of a lone cell), 0 if none. */
    static int lastRowOf(CharSequence ref) {
        int end = ref.length();
        while (end > 0 && !Character.isDigit(ref.charAt(end - 1))) end--;
        int from = end;
        while (from > 0 && Character.isDigit(ref.charAt(from - 1))) from--;
        if (from == end || end - from > 9) return 0;
        return Integer.parseInt(ref.subSequence(from, end).toString());
    }

    private static final class SheetHandler implements SheetXml.Handler {
        private static final int NUMBER = 0, SHARED = 1, BOOLEAN = 2, TEXT = 3;
        private final String sheet;
        private final ReadOnlySharedStringsTable strings;
        private final CellRowSink sink;
        private final List<String> cells = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private int row;
        private int col;
        private int type;
        private boolean inValue;
        private boolean inRow;

        SheetHandler(String sheet, ReadOnlySharedStringsTable strings, CellRowSink sink) {
            this.sheet = sheet;
            this.strings = strings;
            this.sink = sink;
        }

        @Override
        public void start(String element, CharSequence r, CharSequence t) {
            switch (element) {
                case SheetXml.ROW -> {
                    inRow = true;
                    cells.clear();
                    row = r != null ? Integer.parseInt(r.toString().trim()) : row + 1;
                    col = -1;
                }
                case SheetXml.CELL -> {
                    col = r != null ? column(r) : col + 1;
                    type = type(t);
                    text.setLength(0);
                }
                case SheetXml.VALUE, SheetXml.TEXT -> inValue = inRow;
                case SheetXml.DIMENSION -> {
                    int last = r == null ? 0 : lastRowOf(r);
                    if (last > 0) sink.lastRow(sheet, last);
                }
                default -> { }
            }
        }

        @Override
        public void text(char[] chars, int from, int length) {
            if (inValue) text.append(chars, from, length);
        }

        @Override
        public void end(String element) {
            switch (element) {
                case SheetXml.VALUE, SheetXml.TEXT -> inValue = false;
                case SheetXml.CELL -> {
                    String value;
                    if (text.length() == 0) value = null;
                    else if (type == SHARED) value = strings.getItemAt(Integer.parseInt(text.toString().trim())).getString();
                    else if (type == BOOLEAN) value = text.length() == 1 && text.charAt(0) == '1' ? "TRUE" : "FALSE";
                    else if (type == NUMBER) value = CellText.number(text.toString());
                    else value = text.toString(); // str, inlineStr, e
                    while (cells.size() <= col) cells.add(null);
                    cells.set(col, value);
                }
                case SheetXml.ROW -> {
                    inRow = false;
                    sink.row(sheet, row, new ArrayList<>(cells));
                }
                default -> { }
            }
        }

        /** The cell type attribute: absent or {@code n} a number, {@code s} shared, {@code b} boolean, anything else text as it is. */
        private static int type(CharSequence t) {
            if (t == null) return NUMBER;
            if (t.length() != 1) return TEXT;
            char c = t.charAt(0);
            return c == 'n' ? NUMBER : c == 's' ? SHARED : c == 'b' ? BOOLEAN : TEXT;
        }

        /** 0-based column of a cell reference such as {@code AB12}. */
        private static int column(CharSequence ref) {
            int c = 0;
            for (int i = 0; i < ref.length(); i++) {
                char ch = ref.charAt(i);
                if (ch < 'A' || ch > 'Z') break;
                c = c * 26 + (ch - 'A' + 1);
            }
            return c - 1;
        }
    }
}
