package org.onemap.datasources.h2gis;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Envelope;

/**
 * The rows of a bulk load held in a temp file until all are known, then handed back in Hilbert order of
 * their envelope centres over the extent of the whole load. Only the centres, file offsets and sort keys
 * stay in memory (32 bytes a row); {@link #close()} deletes the file.
 *
 * <p>Each row is its first {@code stored} values: EWKB {@code byte[]} (or null) then bindable attribute
 * values (String, Integer, Long, Double, Boolean, LocalDate, OffsetDateTime, BigDecimal; anything else
 * serialised). Replayed rows have {@code width} slots, the ones past {@code stored} left for the caller.
 */
final class HilbertSpill implements AutoCloseable {
    private static final byte NULL = 0, BYTES = 1, STRING = 2, INTEGER = 3, LONG = 4, DOUBLE = 5, TRUE = 6, FALSE = 7, DATE = 8,
            TIMESTAMP = 9, DECIMAL = 10, SERIALIZED = 11;

    private final int stored;
    private final int width;
    private final Path file;
    private final OutputStream out;
    private ByteBuffer row = ByteBuffer.allocate(4096);
    private long[] offsets = new long[1024];
    private double[] centres = new double[2048];
    private int count;
    private long size;
    private double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY;
    private double maxX = Double.NEGATIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
    private boolean writing = true;
    /** Bytes per mapped segment of the file when it is replayed (small in tests, so rows cross segment ends). */
    long segment = 1L << 30;

    HilbertSpill(int stored, int width) {
        this.stored = stored;
        this.width = width;
        try {
            file = Files.createTempFile("onemap-bulk-", ".rows");
            out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException("creating the bulk load's temp file: " + e.getMessage(), e);
        }
    }

    /** The temp file (tests check that close removes it). */
    Path file() { return file; }

    int count() { return count; }

    /** Appends a row; {@code env} is its geometry's envelope (null or empty: no location, sorted last). */
    void add(Object[] values, Envelope env) {
        if (count == Integer.MAX_VALUE - 1) throw new IllegalStateException("more than " + count + " rows in one bulk load");
        row.clear();
        for (int i = 0; i < stored; i++) put(values[i]);
        if (count + 1 >= offsets.length) offsets = Arrays.copyOf(offsets, offsets.length * 2);
        if (2 * count + 2 > centres.length) centres = Arrays.copyOf(centres, centres.length * 2);
        double x = Double.NaN, y = Double.NaN;
        if (env != null && !env.isNull()) {
            x = (env.getMinX() + env.getMaxX()) / 2;
            y = (env.getMinY() + env.getMaxY()) / 2;
            minX = Math.min(minX, x);
            minY = Math.min(minY, y);
            maxX = Math.max(maxX, x);
            maxY = Math.max(maxY, y);
        }
        centres[2 * count] = x;
        centres[2 * count + 1] = y;
        try {
            out.write(row.array(), 0, row.position());
        } catch (IOException e) {
            throw new UncheckedIOException("writing the bulk load's temp file " + file + ": " + e.getMessage(), e);
        }
        offsets[count] = size;
        size += row.position();
        count++;
        offsets[count] = size;
    }

    /**
     * Hands every row to {@code sink} in Hilbert order of its centre (rows without one last, ties in the
     * order they were added). Once.
     */
    void replay(Consumer<Object[]> sink) {
        long[] order = order();
        try {
            out.close();
            writing = false;
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                Mapped mapped = new Mapped(ch, size, segment, segment / 16);
                ByteBuffer buf = ByteBuffer.allocate(4096);
                for (long key : order) {
                    int i = (int) key; // the low 32 bits: the row's number
                    long at = offsets[i];
                    int len = (int) (offsets[i + 1] - at);
                    ByteBuffer row = mapped.slice(at, len);
                    if (row == null) { // across two mapped segments: read it
                        if (buf.capacity() < len) buf = ByteBuffer.allocate(Math.max(len, buf.capacity() * 2));
                        buf.clear().limit(len);
                        while (buf.hasRemaining()) {
                            if (ch.read(buf, at + buf.position()) < 0) throw new IOException("the bulk load's temp file " + file + " ended early");
                        }
                        row = buf.flip();
                    }
                    Object[] values = new Object[width];
                    for (int v = 0; v < stored; v++) values[v] = get(row);
                    sink.accept(values);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the bulk load's temp file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The temp file mapped into memory in segments (1 GB, each overlapping the next by a sixteenth): rows come back in Hilbert order, scattered over the file, and a read call per row
     * cost more CPU than decoding it (1M parcels: 1.2 s of 2.3 s). A row that crosses a segment's end is read instead.
     */
    private static final class Mapped {
        private final long segment;
        private final java.nio.MappedByteBuffer[] segments;

        Mapped(FileChannel ch, long size, long segment, long overlap) throws IOException {
            this.segment = segment;
            segments = new java.nio.MappedByteBuffer[(int) ((size + segment - 1) / segment)];
            for (int k = 0; k < segments.length; k++) {
                long from = k * segment;
                segments[k] = ch.map(FileChannel.MapMode.READ_ONLY, from, Math.min(segment + overlap, size - from));
            }
        }

        /** Bytes [at, at + len) of the file, or null when they are not within one segment. */
        ByteBuffer slice(long at, int len) {
            int k = (int) (at / segment);
            java.nio.MappedByteBuffer seg = segments[k];
            long from = at - k * segment;
            if (from + len > seg.capacity()) return null;
            return seg.slice((int) from, len);
        }
    }

    /** Sort keys: the Hilbert position in the high bits, the row number in the low 32. */
    private long[] order() {
        long[] keys = new long[count];
        for (int i = 0; i < count; i++) {
            double x = centres[2 * i], y = centres[2 * i + 1];
            long d = Double.isNaN(x) ? HilbertCurve.END
                    : HilbertCurve.index(HilbertCurve.cell(x, minX, maxX), HilbertCurve.cell(y, minY, maxY));
            keys[i] = d << 32 | i;
        }
        centres = null;
        Arrays.sort(keys);
        return keys;
    }

    private void put(Object v) {
        if (v == null) {
            room(1).put(NULL);
        } else if (v instanceof byte[] b) {
            room(5 + b.length).put(BYTES).putInt(b.length).put(b);
        } else if (v instanceof String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            room(5 + b.length).put(STRING).putInt(b.length).put(b);
        } else if (v instanceof Integer i) {
            room(5).put(INTEGER).putInt(i);
        } else if (v instanceof Long l) {
            room(9).put(LONG).putLong(l);
        } else if (v instanceof Double d) {
            room(9).put(DOUBLE).putDouble(d);
        } else if (v instanceof Boolean b) {
            room(1).put(b ? TRUE : FALSE);
        } else if (v instanceof LocalDate d) {
            room(9).put(DATE).putLong(d.toEpochDay());
        } else if (v instanceof OffsetDateTime t) {
            room(17).put(TIMESTAMP).putLong(t.toEpochSecond()).putInt(t.getNano()).putInt(t.getOffset().getTotalSeconds());
        } else if (v instanceof BigDecimal d) {
            byte[] b = d.toString().getBytes(StandardCharsets.US_ASCII);
            room(5 + b.length).put(DECIMAL).putInt(b.length).put(b);
        } else {
            byte[] b = serialize(v); // no attribute type maps here today; kept exact rather than guessed
            room(5 + b.length).put(SERIALIZED).putInt(b.length).put(b);
        }
    }

    private Object get(ByteBuffer in) throws IOException {
        byte tag = in.get();
        return switch (tag) {
            case NULL -> null;
            case BYTES -> bytes(in);
            case STRING -> new String(bytes(in), StandardCharsets.UTF_8);
            case INTEGER -> in.getInt();
            case LONG -> in.getLong();
            case DOUBLE -> in.getDouble();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case DATE -> LocalDate.ofEpochDay(in.getLong());
            case TIMESTAMP -> {
                long seconds = in.getLong();
                int nano = in.getInt();
                ZoneOffset zone = ZoneOffset.ofTotalSeconds(in.getInt());
                yield OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(seconds, nano), zone);
            }
            case DECIMAL -> new BigDecimal(new String(bytes(in), StandardCharsets.US_ASCII));
            case SERIALIZED -> deserialize(bytes(in));
            default -> throw new IOException("the bulk load's temp file " + file + " is damaged (value tag " + tag + ")");
        };
    }

    private static byte[] bytes(ByteBuffer in) {
        byte[] b = new byte[in.getInt()];
        in.get(b);
        return b;
    }

    private ByteBuffer room(int n) {
        if (row.remaining() < n) {
            ByteBuffer bigger = ByteBuffer.allocate(Math.max(row.capacity() * 2, row.position() + n));
            row.flip();
            bigger.put(row);
            row = bigger;
        }
        return row;
    }

    private static byte[] serialize(Object v) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ObjectOutputStream o = new ObjectOutputStream(b)) {
            o.writeObject(v);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep a " + v.getClass().getName() + " value in the bulk load's temp file", e);
        }
        return b.toByteArray();
    }

    private static Object deserialize(byte[] b) throws IOException {
        try (ObjectInputStream o = new ObjectInputStream(new ByteArrayInputStream(b))) {
            return o.readObject();
        } catch (ClassNotFoundException e) {
            throw new IOException(e);
        }
    }

    /** Deletes the temp file. */
    @Override
    public void close() {
        try {
            if (writing) out.close();
        } catch (IOException ignored) {
            // the file is deleted next; nothing in it is needed any more
        } finally {
            writing = false;
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the temp directory's cleanup removes it later; the load itself is unaffected
            }
        }
    }
}
