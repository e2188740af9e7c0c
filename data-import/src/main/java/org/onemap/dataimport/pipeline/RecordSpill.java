package org.onemap.dataimport.pipeline;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.onemap.core.crs.CrsRegistry;
import org.onemap.dataimport.ImportContext;
import org.onemap.dataimport.ImportSource;
import org.onemap.dataimport.SourceRecord;

/**
 * The validated rows of a source whose types must be inferred, kept in a temp file between the read and the
 * write: the source (an xlsx: unzip + XML parse) is read once, its rows are validated and typed on the way,
 * and the write replays them from here. A file rather than memory so the import's heap stays bounded by a
 * write batch. Rows come back with their WGS84 geometry and attribute values of the same Java types
 * (String, Double, Long, Integer, Boolean, LocalDate, Instant; any other value as its text).
 * Replaying yields records for {@link StreamingImport} in its already-validated mode.
 */
final class RecordSpill implements ImportSource {
    private static final byte NULL = 0, STRING = 1, LONG_STRING = 2, DOUBLE = 3, LONG = 4, INTEGER = 5, TRUE = 6, FALSE = 7, DATE = 8,
            INSTANT = 9;
    private static final byte POINT = 1, WKB = 2;
    /** writeUTF takes at most 65535 bytes; a Java char is at most 3 of them. */
    private static final int SHORT_STRING_CHARS = 65535 / 3;

    private final Path file;
    private final DataOutputStream out;
    // sheets and attribute names repeat on every row: written as indexes into these
    private final Map<String, Integer> nameIndex = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final WKBWriter wkb = new WKBWriter(3);
    private long count;
    private boolean closedForWriting;

    RecordSpill() throws IOException {
        this.file = Files.createTempFile("onemap-import-", ".rows");
        this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    }

    /** The temp file (tests check that close removes it). */
    Path file() { return file; }

    /** Records that a later {@link #read} would give, the geometry already in WGS84. */
    long count() { return count; }

    void add(SourceRecord r, Geometry wgs) {
        try {
            out.writeInt(index(r.sheet() == null ? "" : r.sheet()));
            out.writeLong(r.row());
            if (wgs instanceof Point p && !p.isEmpty() && Double.isNaN(p.getCoordinate().getZ())) {
                out.writeByte(POINT);
                out.writeDouble(p.getX());
                out.writeDouble(p.getY());
            } else {
                byte[] b = wkb.write(wgs);
                out.writeByte(WKB);
                out.writeInt(b.length);
                out.write(b);
            }
            out.writeInt(r.attributes().size());
            for (Map.Entry<String, Object> e : r.attributes().entrySet()) {
                out.writeInt(index(e.getKey()));
                value(e.getValue());
            }
            count++;
        } catch (IOException e) {
            throw new UncheckedIOException("writing the import's temp file " + file + ": " + e.getMessage(), e);
        }
    }

    private int index(String name) {
        Integer i = nameIndex.get(name);
        if (i != null) return i;
        nameIndex.put(name, names.size());
        names.add(name);
        return names.size() - 1;
    }

    private void value(Object v) throws IOException {
        if (v == null) {
            out.writeByte(NULL);
        } else if (v instanceof Double d) {
            out.writeByte(DOUBLE);
            out.writeDouble(d);
        } else if (v instanceof Long l) {
            out.writeByte(LONG);
            out.writeLong(l);
        } else if (v instanceof Integer i) {
            out.writeByte(INTEGER);
            out.writeInt(i);
        } else if (v instanceof Boolean b) {
            out.writeByte(b ? TRUE : FALSE);
        } else if (v instanceof LocalDate d) {
            out.writeByte(DATE);
            out.writeLong(d.toEpochDay());
        } else if (v instanceof Instant t) {
            out.writeByte(INSTANT);
            out.writeLong(t.getEpochSecond());
            out.writeInt(t.getNano());
        } else {
            String s = v.toString();
            if (s.length() <= SHORT_STRING_CHARS) {
                out.writeByte(STRING);
                out.writeUTF(s);
            } else {
                byte[] b = s.getBytes(StandardCharsets.UTF_8);
                out.writeByte(LONG_STRING);
                out.writeInt(b.length);
                out.write(b);
            }
        }
    }

    @Override
    public List<String> description() { return List.of(); }

    /** None: the write takes its columns from the inferred schema. */
    @Override
    public List<String> columns() { return List.of(); }

    /** Replays the records in the order they were added (crs WGS84). Once: the file is not rewound. */
    @Override
    public void read(ImportContext context, Consumer<SourceRecord> sink) throws IOException {
        if (!closedForWriting) {
            out.close();
            closedForWriting = true;
        }
        GeometryFactory gf = new GeometryFactory();
        WKBReader wkbIn = new WKBReader(gf);
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            for (long n = 0; n < count; n++) {
                String sheet = names.get(in.readInt());
                long row = in.readLong();
                Geometry g;
                byte kind = in.readByte();
                if (kind == POINT) {
                    g = gf.createPoint(new Coordinate(in.readDouble(), in.readDouble()));
                } else {
                    byte[] b = new byte[in.readInt()];
                    in.readFully(b);
                    try {
                        g = wkbIn.read(b);
                    } catch (ParseException e) {
                        throw new IOException("the import's temp file " + file + " is damaged: " + e.getMessage(), e);
                    }
                }
                int size = in.readInt();
                Map<String, Object> attrs = new LinkedHashMap<>(Math.max(16, (size * 4 + 2) / 3));
                for (int i = 0; i < size; i++) {
                    String key = names.get(in.readInt());
                    attrs.put(key, value(in));
                }
                sink.accept(new SourceRecord(sheet, row, g, CrsRegistry.WGS84, attrs));
            }
        } catch (EOFException e) {
            throw new IOException("the import's temp file " + file + " ended early", e);
        }
    }

    private static Object value(DataInputStream in) throws IOException {
        byte tag = in.readByte();
        return switch (tag) {
            case NULL -> null;
            case STRING -> in.readUTF();
            case LONG_STRING -> {
                byte[] b = new byte[in.readInt()];
                in.readFully(b);
                yield new String(b, StandardCharsets.UTF_8);
            }
            case DOUBLE -> in.readDouble();
            case LONG -> in.readLong();
            case INTEGER -> in.readInt();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case DATE -> LocalDate.ofEpochDay(in.readLong());
            case INSTANT -> Instant.ofEpochSecond(in.readLong(), in.readInt());
            default -> throw new IOException("the import's temp file is damaged (value tag " + tag + ")");
        };
    }

    /** Deletes the temp file. */
    @Override
    public void close() throws IOException {
        try {
            if (!closedForWriting) out.close();
            closedForWriting = true;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
