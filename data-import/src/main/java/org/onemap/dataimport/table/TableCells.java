package org.onemap.dataimport.table;

import java.io.IOException;

/**
 * A table file read as text cells: xlsx (streamed), xls, csv. Numbers come as their plain decimal text
 * (no display rounding), so coordinates keep every digit the file holds.
 */
public interface TableCells {
    /** Streams every row of every sheet in file order. */
    void read(CellRowSink sink) throws IOException;

    /** What the preview says about the file, e.g. "encoding UTF-8 (strict UTF-8 decoding succeeded)". */
    default String description() { return ""; }
}
