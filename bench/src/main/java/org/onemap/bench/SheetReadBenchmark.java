package org.onemap.bench;

import java.nio.file.Path;
import java.util.List;
import org.onemap.dataimport.table.CellRowSink;
import org.onemap.dataimport.table.XlsxCells;

/**
 * Times reading a workbook's cells alone (no validation, no workspace): the reader's share of an xlsx import.
 * Each pass reads every sheet and counts rows and filled cells; prints each pass's wall time.
 * Usage: {@code SheetReadBenchmark FILE.xlsx [PASSES=5]}, with the JVM options of {@code ./onemap import FILE}.
 */
public final class SheetReadBenchmark {
    private SheetReadBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        for (int p = 1; p <= passes; p++) {
            long[] counts = new long[2];
            long t0 = System.nanoTime();
            new XlsxCells(file).read(new CellRowSink() {
                @Override
                public void sheet(String name) { }

                @Override
                public void row(String sheet, int row, List<String> cells) {
                    counts[0]++;
                    for (String c : cells) if (c != null) counts[1]++;
                }
            });
            System.out.printf("pass %d: %.3f s, %d rows, %d cells%n", p, (System.nanoTime() - t0) / 1e9, counts[0], counts[1]);
        }
    }
}
