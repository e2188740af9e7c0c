package org.onemap.dataimport.table;

import java.util.List;

/** Receives the rows of a table file: sheet name, 1-based row number, cell texts by column (null = blank). */
@FunctionalInterface
public interface CellRowSink {
    void row(String sheet, int row, List<String> cells);

    /** Called once per sheet before its rows (also for an empty sheet). */
    default void sheet(String name) {}

    /** The last row number the sheet declares it uses (xlsx {@code <dimension>}), when the file says: for progress only. */
    default void lastRow(String sheet, int row) {}
}
