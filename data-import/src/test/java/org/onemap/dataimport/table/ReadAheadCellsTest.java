package org.onemap.dataimport.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Reading ahead on another thread changes nothing the sink sees, and never leaves that thread behind. */
class ReadAheadCellsTest {
    /** Two sheets of n rows each on whatever thread reads it; then the failure, if any. */
    private static final class Rows implements TableCells {
        final int n;
        final Exception failure;
        final AtomicReference<Thread> thread = new AtomicReference<>();
        volatile int produced;

        Rows(int n, Exception failure) {
            this.n = n;
            this.failure = failure;
        }

        @Override
        public void read(CellRowSink sink) throws IOException {
            thread.set(Thread.currentThread());
            for (String sheet : List.of("甲", "乙")) {
                sink.sheet(sheet);
                for (int r = 1; r <= n; r++) {
                    sink.row(sheet, r, List.of(sheet + r));
                    produced++;
                }
            }
            if (failure instanceof IOException io) throw io;
            if (failure != null) throw (RuntimeException) failure;
        }

        @Override
        public String description() { return "two sheets"; }
    }

    private static List<String> events(TableCells cells) throws IOException {
        List<String> events = new ArrayList<>();
        cells.read(new CellRowSink() {
            @Override
            public void sheet(String name) { events.add("sheet " + name); }

            @Override
            public void row(String sheet, int row, List<String> c) { events.add(sheet + ":" + row + "=" + c.get(0)); }
        });
        return events;
    }

    @Test
    void theSinkSeesWhatTheReaderGaveInOrderOnTheCallersThread() throws IOException {
        Rows direct = new Rows(3000, null);
        Rows ahead = new Rows(3000, null);
        ReadAheadCells cells = new ReadAheadCells(ahead);
        assertEquals(events(direct), events(cells));
        assertEquals("two sheets", cells.description());
        assertFalse(ahead.thread.get() == Thread.currentThread(), "read on its own thread");
        assertFalse(ahead.thread.get().isAlive());
    }

    @Test
    void aReadFailureArrivesAfterTheRowsBeforeIt() {
        IOException broken = new IOException("sheet1.xml: worksheet XML ends in the middle of a tag");
        Rows rows = new Rows(700, broken);
        List<String> seen = new ArrayList<>();
        IOException e = assertThrows(IOException.class, () -> new ReadAheadCells(rows).read((sheet, row, c) -> seen.add(c.get(0))));
        assertSame(broken, e);
        assertEquals(1400, seen.size());
        IllegalStateException bug = new IllegalStateException("bug");
        assertSame(bug, assertThrows(IllegalStateException.class, () -> new ReadAheadCells(new Rows(5, bug)).read((sheet, row, c) -> { })));
    }

    @Test
    void aSinkThatStopsStopsTheReaderBeforeReadReturns() {
        Rows rows = new Rows(1_000_000, null);
        RuntimeException cancel = new RuntimeException("cancelled");
        int[] seen = {0};
        assertSame(cancel, assertThrows(RuntimeException.class, () -> new ReadAheadCells(rows).read((sheet, row, c) -> {
            if (++seen[0] == 1000) throw cancel;
        })));
        assertFalse(rows.thread.get().isAlive(), "the reading thread is gone when read returns");
        assertTrue(rows.produced < 10_000, "the reader stopped soon after: " + rows.produced + " rows read");
    }
}
