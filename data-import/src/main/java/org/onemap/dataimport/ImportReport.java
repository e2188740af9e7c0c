package org.onemap.dataimport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.onemap.dataimport.excel.XlsxColumn;
import org.onemap.dataimport.excel.XlsxTableWriter;

/**
 * The validation report of one import: every problem found, in source order. Thread-confined.
 * Exported to xlsx with {@link #writeXlsx(Path)} (the CLI's {@code --report F.xlsx}).
 */
public final class ImportReport {
    private final String file;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final java.util.Set<String> rowsWithErrors = new java.util.HashSet<>();

    public ImportReport(String file) {
        this.file = file;
    }

    /** The source file name the problems refer to. */
    public String file() { return file; }

    public void warn(String sheet, long row, String column, Object value, String problem, String fix) {
        problems.add(new ImportProblem(file, sheet, row, column, text(value), problem, fix, ImportProblem.Severity.WARNING));
    }

    public void error(String sheet, long row, String column, Object value, String problem) {
        problems.add(new ImportProblem(file, sheet, row, column, text(value), problem, "row not imported", ImportProblem.Severity.ERROR));
        rowsWithErrors.add(sheet + "\u0000" + row);
    }

    /** Adds every problem and note of {@code other} (a batch import's combined report). */
    public void addAll(ImportReport other) {
        problems.addAll(other.problems);
        rowsWithErrors.addAll(other.rowsWithErrors.stream().map(k -> other.file + "/" + k).toList());
        for (String n : other.notes) notes.add(other.file + ": " + n);
    }

    /** Adds every problem and note of {@code other}, a report on the same file (a part of the import written apart). */
    public void merge(ImportReport other) {
        problems.addAll(other.problems);
        rowsWithErrors.addAll(other.rowsWithErrors);
        other.notes.forEach(this::note);
    }

    /** A fact about the import as a whole (detected encoding, CRS, column mapping), shown before the problems. */
    public void note(String line) {
        if (!notes.contains(line)) notes.add(line);
    }

    public List<String> notes() { return Collections.unmodifiableList(notes); }

    public List<ImportProblem> problems() { return Collections.unmodifiableList(problems); }

    public List<ImportProblem> errors() { return problems.stream().filter(ImportProblem::isError).toList(); }

    public boolean hasErrors() { return !rowsWithErrors.isEmpty(); }

    /** True when the row (sheet, 1-based row) has an error: it is not imported. */
    public boolean hasErrorFor(String sheet, long row) { return rowsWithErrors.contains((sheet == null ? "" : sheet) + "\u0000" + row); }

    /** How many distinct rows have errors. */
    public long rejectedRows() { return rowsWithErrors.size(); }

    /** Writes one row per problem (file, sheet, row, column, value, problem, fix, severity) and the notes. */
    public void writeXlsx(Path xlsx) throws IOException {
        List<XlsxColumn> cols = List.of(XlsxColumn.text("文件 file", 24), XlsxColumn.text("工作表 sheet", 12),
                XlsxColumn.integer("行 row", 8), XlsxColumn.text("列 column", 14), XlsxColumn.text("值 value", 20),
                XlsxColumn.text("问题 problem", 50), XlsxColumn.text("处理 fix", 40), XlsxColumn.text("级别 severity", 10));
        try (XlsxTableWriter w = XlsxTableWriter.create(xlsx, "校验报告", cols)) {
            for (ImportProblem p : problems) {
                w.writeRow(p.file(), p.sheet(), p.row(), p.column(), p.value(), p.problem(), p.fix(),
                        p.isError() ? "error" : "warning");
            }
            if (!notes.isEmpty()) w.addNotes("说明", notes);
            w.commit();
        }
    }

    private static String text(Object v) {
        if (v == null) return "";
        String s = v.toString();
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
