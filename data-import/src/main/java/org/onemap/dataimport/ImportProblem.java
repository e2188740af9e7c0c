package org.onemap.dataimport;

import java.util.Objects;

/**
 * One line of the validation report: where (file, sheet, 1-based row, column), the value found, what is
 * wrong and what the importer did about it. {@code fix} is empty when nothing was done; an unfixed error
 * rejects the row (and, in all-or-nothing mode, the whole import).
 *
 * @param sheet  sheet or layer inside the file, empty for single-table formats
 * @param row    1-based row/record number in the source, 0 for the file as a whole
 * @param column source column/field name, empty when the problem concerns the row
 */
public record ImportProblem(String file, String sheet, long row, String column, String value, String problem, String fix,
                            Severity severity) {
    /** Whether the row is still imported. */
    public enum Severity {
        /** Reported, the row is imported as is or after the fix. */
        WARNING,
        /** The row cannot be imported. */
        ERROR
    }

    public ImportProblem {
        file = Objects.requireNonNullElse(file, "");
        sheet = Objects.requireNonNullElse(sheet, "");
        column = Objects.requireNonNullElse(column, "");
        value = Objects.requireNonNullElse(value, "");
        fix = Objects.requireNonNullElse(fix, "");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(severity, "severity");
    }

    public boolean isError() { return severity == Severity.ERROR; }

    /**
     * The CLI form {@code file:row:col: problem} (DESIGN.md), e.g.
     * {@code survey.xlsx:12:经度: text in a coordinate cell ('abc')}; the sheet is named when there are several.
     */
    public String located() {
        StringBuilder s = new StringBuilder(file);
        if (row > 0) s.append(':').append(row);
        if (!column.isEmpty()) s.append(':').append(column);
        s.append(": ");
        if (!sheet.isEmpty()) s.append("sheet ").append(sheet).append(": ");
        s.append(problem);
        if (!value.isEmpty()) s.append(" ('").append(value).append("')");
        if (!fix.isEmpty()) s.append(" — ").append(fix);
        return s.toString();
    }

    @Override
    public String toString() { return located(); }
}
