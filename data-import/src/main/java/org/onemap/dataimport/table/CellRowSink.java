package org.onemap.dataimport.table;

import java.util.List;

/** Receives the rows of a table file: sheet name, 1-based row number, cell texts by column (null = blank). */
@FunctionalInterface
public interface CellRowSink {
    void row(String sheet, int row, List<String> cells);

    /** Called once per sheet before its rows (also for an empty sheet). */
    default void sheet(String name) {}

    /**
     * The sheet's last row number as far as known, for progress only: declared by an xlsx ({@code <dimension>}),
     * estimated from the share of the file read for a CSV (then called again as the estimate improves).
     */
    default void lastRow(String sheet, int row) {}
}
