package org.onemap.dataimport.table;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads a table file on its own thread, a few hundred rows ahead of the caller: unzipping and scanning a
 * sheet then runs on one core while the import validates, types and spills the rows on the other (the
 * two took about as long as each other, one after the other). Rows reach the sink on the caller's thread, in file
 * order, exactly as the wrapped reader gives them; its failure is rethrown there after the rows before it.
 * When the sink throws (a cancel, a full preview), the reading thread is stopped and waited for, so the
 * file is closed when {@link #read} returns. At most {@link #AHEAD} chunks are held.
 */
final class ReadAheadCells implements TableCells {
    static final int CHUNK = 512;
    static final int AHEAD = 4;

    private final TableCells source;

    ReadAheadCells(TableCells source) {
        this.source = source;
    }

    @Override
    public String description() { return source.description(); }

    private record Row(String sheet, int row, List<String> cells) {
    }

    private record LastRow(String sheet, int row) {
    }

    /** A chunk of events: a String is a sheet start, a Row a row, a LastRow a sheet's size; {@code end} marks the last chunk. */
    private record Chunk(List<Object> events, boolean end, Throwable failure) {
    }

    @Override
    public void read(CellRowSink sink) throws IOException {
        BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(AHEAD);
        Producer producer = new Producer(queue);
        Thread thread = new Thread(producer, "onemap-table-reader");
        thread.setDaemon(true);
        thread.start();
        try {
            while (true) {
                Chunk c = queue.take();
                for (Object e : c.events()) {
                    if (e instanceof Row r) sink.row(r.sheet(), r.row(), r.cells());
                    else if (e instanceof LastRow l) sink.lastRow(l.sheet(), l.row());
                    else sink.sheet((String) e);
                }
                if (c.failure() instanceof IOException io) throw io;
                if (c.failure() instanceof RuntimeException re) throw re;
                if (c.failure() instanceof Error err) throw err;
                if (c.end()) return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("reading the table was interrupted", e);
        } finally {
            producer.stopped = true;
            join(thread);
        }
    }

    private static void join(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    private final class Producer implements Runnable, CellRowSink {
        private final BlockingQueue<Chunk> queue;
        private List<Object> events = new ArrayList<>(CHUNK + 1);
        volatile boolean stopped;

        Producer(BlockingQueue<Chunk> queue) {
            this.queue = queue;
        }

        @Override
        public void run() {
            Throwable failure = null;
            try {
                source.read(this);
            } catch (Stopped s) {
                return; // the caller is gone
            } catch (Throwable t) {
                failure = t;
            }
            try {
                put(new Chunk(events, true, failure));
            } catch (Stopped ignored) {
                // the caller stopped reading meanwhile
            }
        }

        @Override
        public void sheet(String name) {
            events.add(name);
        }

        @Override
        public void lastRow(String sheet, int row) {
            events.add(new LastRow(sheet, row));
        }

        @Override
        public void row(String sheet, int row, List<String> cells) {
            if (stopped) throw new Stopped();
            events.add(new Row(sheet, row, cells));
            if (events.size() >= CHUNK) {
                put(new Chunk(events, false, null));
                events = new ArrayList<>(CHUNK + 1);
            }
        }

        private void put(Chunk c) {
            try {
                while (!queue.offer(c, 50, TimeUnit.MILLISECONDS)) {
                    if (stopped) throw new Stopped();
                }
            } catch (InterruptedException e) {
                throw new Stopped();
            }
        }
    }

    /** Unwinds the wrapped reader when the caller stopped reading. */
    private static final class Stopped extends RuntimeException {
        Stopped() { super(null, null, false, false); }
    }

}
