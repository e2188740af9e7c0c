package org.onemap.dataimport.table;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.onemap.core.crs.CrsRegistry;
import org.onemap.core.spi.Parameter;
import org.onemap.dataimport.ImportContext;
import org.onemap.dataimport.ImportException;
import org.onemap.dataimport.ImportParameters;
import org.onemap.dataimport.ImportReport;
import org.onemap.dataimport.ImportSource;
import org.onemap.dataimport.Importer;
import org.onemap.dataimport.SourceRecord;

/**
 * Imports spreadsheets and delimited text (.xlsx streamed, .xls, .csv/.tsv/.txt) as points: header
 * detection per sheet (merged and two-row headers, title rows), every non-empty sheet, position from x/y
 * columns (decimal or DMS, lon/lat or Gauss-Kruger with or without zone prefix, swapped pairs put right) or
 * by joining an admin code / place name to the workspace's reference layers.
 */
public final class TableImporter implements Importer {
    /** Attribute added to joined rows: the admin code of the place the row was placed at. */
    public static final String MATCHED_CODE = "matched_code";

    @Override
    public String id() { return "table"; }

    @Override
    public String displayName() { return "Excel / CSV table (.xlsx .xls .csv)"; }

    @Override
    public boolean canRead(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".xlsx") || n.endsWith(".xlsm") || n.endsWith(".xls") || n.endsWith(".csv") || n.endsWith(".tsv") || n.endsWith(".txt");
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(ImportParameters.X_PARAM, ImportParameters.Y_PARAM, ImportParameters.JOIN_CODE_PARAM, ImportParameters.JOIN_NAME_PARAM,
                ImportParameters.SRS_PARAM, ImportParameters.ENCODING_PARAM, ImportParameters.SHEET_PARAM);
    }

    @Override
    public ImportSource open(Path file, Map<String, ?> params) throws IOException {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        TableCells cells = new ReadAheadCells(n.endsWith(".xlsx") || n.endsWith(".xlsm") ? new XlsxCells(file)
                : n.endsWith(".xls") ? new XlsCells(file) : new CsvCells(file, ImportParameters.charset(params)));
        String srs = ImportParameters.string(params, ImportParameters.SRS);
        if (srs != null && !CrsRegistry.isSupported(srs)) throw new ImportException("--srs " + srs + ": unknown CRS (expected EPSG:n or GCJ-02)");
        return new Source(file.getFileName().toString(), cells, params == null ? Map.of() : Map.copyOf(params));
    }

    private static final class Source implements ImportSource {
        private final String file;
        private final TableCells cells;
        private final Map<String, ?> params;
        private final LinkedHashSet<String> columns = new LinkedHashSet<>();
        private final List<String> sheetNotes = new ArrayList<>();

        Source(String file, TableCells cells, Map<String, ?> params) {
            this.file = file;
            this.cells = cells;
            this.params = params;
        }

        @Override
        public List<String> description() {
            List<String> d = new ArrayList<>();
            if (!cells.description().isEmpty()) d.add(cells.description());
            d.addAll(sheetNotes);
            return d;
        }

        @Override
        public List<String> columns() { return new ArrayList<>(columns); }

        @Override
        public void read(ImportContext ctx, Consumer<SourceRecord> sink) throws IOException {
            SheetReader reader = new SheetReader(ctx, sink);
            cells.read(reader);
            reader.endSheet();
            if (reader.dataRows == 0 && reader.firstSkip != null) throw new ImportException(reader.firstSkip);
            if (reader.dataRows == 0) {
                String where = reader.sheets.size() == 1 ? "sheet " + reader.sheets.get(0) + " is empty" : "every sheet is empty";
                throw new ImportException(file + ": " + where + ": no rows to import");
            }
        }

        @Override
        public void close() { }

        /** Per-sheet state: header detection, then one record per data row. */
        private final class SheetReader implements CellRowSink {
            private final ImportContext ctx;
            private final ImportReport report;
            private final Consumer<SourceRecord> sink;
            private final GeometryFactory gf = new GeometryFactory();
            private final RowPosition position;
            private final String onlySheet = ImportParameters.string(params, ImportParameters.SHEET);
            private final List<String> sheets = new ArrayList<>();
            private Gazetteer gazetteer;
            private String sheet;
            private boolean skipSheet;
            private HeaderRow header;
            private final List<Integer> pendingRows = new ArrayList<>();
            private List<String> titles;
            private ColumnRoles roles;
            private long sheetRows;
            private long dataRows;
            private int lastRow; // the sheet's declared last row, 0 when unknown
            private String firstSkip;
            private int skipWidth;

            SheetReader(ImportContext ctx, Consumer<SourceRecord> sink) {
                this.ctx = ctx;
                this.report = ctx.report();
                this.sink = sink;
                this.position = new RowPosition(ImportParameters.string(params, ImportParameters.SRS));
            }

            @Override
            public void sheet(String name) {
                endSheet();
                sheet = name;
                sheets.add(name);
                skipSheet = onlySheet != null && !onlySheet.equals(name);
                header = new HeaderRow();
                lastRow = 0;
                pendingRows.clear();
                titles = null;
                roles = null;
                sheetRows = 0;
            }

            void endSheet() {
                if (sheet == null || skipSheet) return;
                if (titles == null && header != null) {
                    header.finish();
                    if (header.titles() != null || !header.dataRows().isEmpty()) startData(pendingRows.isEmpty() ? 1 : pendingRows.get(0));
                }
                boolean unusable = titles != null && titles.isEmpty(); // already reported as skipped
                if (sheetRows == 0 && !unusable) report.warn(sheet, 0, "", "", "sheet " + sheet + " has no data rows", "skipped");
                sheetNotes.add("sheet " + sheet + ": " + sheetRows + " rows" + (titles == null ? "" : ", columns " + String.join(" | ", titles))
                        + (header != null && header.merged() ? " (two-row/merged header combined)" : ""));
                sheet = null;
            }

            @Override
            public void lastRow(String sheetName, int row) {
                if (sheetName.equals(sheet)) lastRow = row;
            }

            @Override
            public void row(String sheetName, int row, List<String> cells) {
                if (sheet == null) sheet(sheetName);
                if (skipSheet || HeaderRow.filled(cells) == 0) return;
                ctx.progress().checkCancelled();
                if (titles == null && roles == null) {
                    pendingRows.add(row);
                    if (!header.offer(cells)) return;
                    startData(row);
                    return;
                }
                if (roles != null) dataRow(row, cells);
            }

            private void startData(int row) {
                titles = header.titles();
                List<List<String>> data = header.dataRows();
                List<Integer> nums = pendingRows.subList(pendingRows.size() - data.size(), pendingRows.size());
                if (titles == null) {
                    int width = data.stream().mapToInt(List::size).max().orElse(0);
                    titles = new ArrayList<>();
                    for (int i = 0; i < width; i++) titles.add("列" + (i + 1));
                }
                try {
                    roles = ColumnRoles.of(titles, ImportParameters.string(params, ImportParameters.X), ImportParameters.string(params, ImportParameters.Y),
                            ImportParameters.string(params, ImportParameters.JOIN_CODE), ImportParameters.string(params, ImportParameters.JOIN_NAME), "");
                    if (!roles.hasXy() && gazetteer == null) gazetteer = new Gazetteer(ctx.workspace());
                } catch (ImportException e) {
                    // a notes or summary sheet beside the data: skip it; if no sheet has data, read() says why
                    report.warn(sheet, 0, "", "", e.getMessage(), "sheet skipped");
                    if (firstSkip == null || titles.size() > skipWidth) { // the widest sheet is the data sheet: its reason is the one to show
                        firstSkip = file + ": " + (sheet.isEmpty() ? "" : "sheet " + sheet + ": ") + e.getMessage();
                        skipWidth = titles.size();
                    }
                    roles = null;
                    titles = List.of(); // mark the header as decided; rows are skipped
                    return;
                }
                columns.addAll(titles);
                if (!roles.hasXy()) columns.add(MATCHED_CODE);
                for (int i = 0; i < data.size(); i++) dataRow(nums.get(i), data.get(i));
            }

            private void dataRow(int row, List<String> cells) {
                sheetRows++;
                dataRows++;
                Map<String, Object> attrs = new LinkedHashMap<>();
                for (int i = 0; i < titles.size(); i++) attrs.put(titles.get(i), i < cells.size() ? cells.get(i) : null);
                Geometry g;
                String crs;
                if (roles.hasXy()) {
                    String xt = cell(cells, roles.x()), yt = cell(cells, roles.y());
                    String xc = titles.get(roles.x()), yc = titles.get(roles.y());
                    if (xt == null && yt == null) {
                        report.error(sheet, row, xc, "", "missing coordinates (" + xc + " and " + yc + " are empty)");
                        return;
                    }
                    Double x = Coordinates.parse(xt), y = Coordinates.parse(yt);
                    if (x == null) {
                        report.error(sheet, row, xc, xt, xt == null ? "missing required value" : "text in a coordinate cell");
                        return;
                    }
                    if (y == null) {
                        report.error(sheet, row, yc, yt, yt == null ? "missing required value" : "text in a coordinate cell");
                        return;
                    }
                    RowPosition.Xy p;
                    try {
                        p = position.of(x, y, report);
                    } catch (IllegalArgumentException e) {
                        report.error(sheet, row, xc, xt, e.getMessage());
                        return;
                    }
                    if (p.swapped()) {
                        report.warn(sheet, row, xc + "/" + yc, xt + ", " + yt, "x and y are swapped (latitude/northing in the "
                                + xc + " column)", "swapped back");
                    }
                    // the columns keep the decimal values (DMS read, swaps put right)
                    attrs.put(xc, p.x());
                    attrs.put(yc, p.y());
                    g = gf.createPoint(new Coordinate(p.x(), p.y()));
                    crs = p.crs();
                } else {
                    boolean byCode = roles.joinCode() != null;
                    int col = byCode ? roles.joinCode() : roles.joinName();
                    String key = cell(cells, col);
                    if (key == null) {
                        report.error(sheet, row, titles.get(col), "", "missing required value (the join column is empty)");
                        return;
                    }
                    Gazetteer.Match m = byCode ? gazetteer.byCode(key) : gazetteer.byName(key);
                    if (m.place() == null) {
                        report.error(sheet, row, titles.get(col), key, m.problem());
                        return;
                    }
                    g = m.place().point();
                    crs = CrsRegistry.WGS84;
                    attrs.put(MATCHED_CODE, m.place().code());
                }
                sink.accept(new SourceRecord(sheet, row, g, crs, attrs));
                if ((dataRows & 1023) == 0) {
                    // how far into the sheet when its size is declared (xlsx) or estimated (csv), else a count that creeps
                    if (lastRow > 0) ctx.progress().advance("read " + file, row, Math.max(row, lastRow));
                    else ctx.progress().advance("read " + file, dataRows, -1);
                }
            }

            private static String cell(List<String> cells, int i) {
                String s = i < cells.size() ? cells.get(i) : null;
                return s == null || s.isBlank() ? null : s.trim();
            }
        }
    }
}
