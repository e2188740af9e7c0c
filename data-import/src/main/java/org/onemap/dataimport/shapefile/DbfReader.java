package org.onemap.dataimport.shapefile;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.onemap.core.feature.FieldType;

/**
 * Reads a dBASE (III/IV/FoxPro-compatible) table record by record. Decoding text needs a charset, which
 * the caller may choose after looking at the header (LDID) or scanning the records.
 */
final class DbfReader implements Closeable {
    private final ChannelReader in;
    private final int recordCount;
    private final int headerLength;
    private final int recordLength;
    private final int ldid;
    private final List<byte[]> rawNames = new ArrayList<>();
    private final List<DbfField> rawFields = new ArrayList<>(); // names decoded as ISO-8859-1 until a charset is known
    private final int[] offsets;
    private final byte[] record;
    private int read;           // records consumed so far

    DbfReader(Path file) throws IOException {
        this.in = new ChannelReader(file, 1 << 20);
        try {
            ByteBuffer h = in.take(32, ByteOrder.LITTLE_ENDIAN);
            if (h == null) throw new ShapefileFormatException(in.name(), 0, in.size(), "too short for a dBASE header (" + in.size() + " bytes)");
            int start = h.position();
            this.recordCount = h.getInt(start + 4);
            this.headerLength = Short.toUnsignedInt(h.getShort(start + 8));
            this.recordLength = Short.toUnsignedInt(h.getShort(start + 10));
            this.ldid = Byte.toUnsignedInt(h.get(start + 29));
            if (recordCount < 0 || headerLength < 33 || recordLength < 1) {
                throw new ShapefileFormatException(in.name(), 0, 4, "not a dBASE file (records " + recordCount
                        + ", header " + headerLength + " bytes, record " + recordLength + " bytes)");
            }
            h.position(start + 32);
            ByteBuffer d = in.take(headerLength - 32, ByteOrder.LITTLE_ENDIAN);
            if (d == null) throw new ShapefileFormatException(in.name(), 0, in.size(), "header truncated at byte " + in.size());
            List<Integer> offs = new ArrayList<>();
            int offset = 1;
            int descStart = d.position();
            for (int at = descStart; at + 32 <= descStart + headerLength - 32 && d.get(at) != 0x0D; at += 32) {
                int nameLen = 0;
                while (nameLen < 11 && d.get(at + nameLen) != 0) nameLen++;
                byte[] name = new byte[nameLen];
                d.get(at, name);
                char type = (char) Byte.toUnsignedInt(d.get(at + 11));
                int len = Byte.toUnsignedInt(d.get(at + 16));
                int dec = Byte.toUnsignedInt(d.get(at + 17));
                if (type == 'C' && dec > 0) { len += dec << 8; dec = 0; } // Clipper/FoxPro long text
                if (len == 0) throw new ShapefileFormatException(in.name(), 0, 32 + at - descStart + 16, "field " + (offs.size() + 1) + " has width 0");
                rawNames.add(name);
                rawFields.add(new DbfField(new String(name, java.nio.charset.StandardCharsets.ISO_8859_1), type, Math.min(len, 255), Math.min(dec, 255)));
                offs.add(offset);
                offset += len;
            }
            if (offset > recordLength) {
                throw new ShapefileFormatException(in.name(), 0, 10, "fields need " + offset + " bytes but records are " + recordLength);
            }
            this.offsets = offs.stream().mapToInt(Integer::intValue).toArray();
            this.record = new byte[recordLength];
            in.seek(headerLength);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    String fileName() { return in.name(); }

    int recordCount() { return recordCount; }

    int ldid() { return ldid; }

    /** The columns with names decoded in {@code cs}. */
    List<DbfField> fields(Charset cs) {
        List<DbfField> out = new ArrayList<>(rawFields.size());
        for (int i = 0; i < rawFields.size(); i++) out.add(rawFields.get(i).withName(new String(rawNames.get(i), cs).trim()));
        return out;
    }

    /** Raw name bytes, for charset detection. */
    List<byte[]> rawNames() { return rawNames; }

    /**
     * Reads the next record into {@link #record()}.
     *
     * @return false at the end of the table
     * @throws ShapefileFormatException if the file ends inside the declared records
     */
    boolean next() throws IOException {
        if (read >= recordCount) return false;
        ByteBuffer b = in.take(recordLength, ByteOrder.LITTLE_ENDIAN);
        if (b == null) {
            // some writers end early with the EOF mark; anything else is a cut file
            ByteBuffer one = in.take(1, ByteOrder.LITTLE_ENDIAN);
            if (one != null && one.get(one.position()) == 0x1A && in.position() + 1 == in.size()) return false;
            throw new ShapefileFormatException(in.name(), read + 1, in.size(), "truncated at byte " + in.size()
                    + " (header declares " + recordCount + " records of " + recordLength + " bytes)");
        }
        b.get(record);
        read++;
        return true;
    }

    /** 1-based number of the record last read. */
    int recordNumber() { return read; }

    boolean deleted() { return record[0] == '*'; }

    byte[] record() { return record; }

    int offset(int field) { return offsets[field]; }

    /** Decodes field {@code i} of the current record; blank values are null (dBASE has no null). */
    Object value(int i, DbfField f, Charset cs) throws ShapefileFormatException {
        int off = offsets[i];
        int end = off + f.length();
        if (f.type() != 'C') {
            while (off < end && (record[off] == ' ' || record[off] == 0)) off++;
        }
        while (end > off && (record[end - 1] == ' ' || record[end - 1] == 0)) end--;
        if (end == off) return null;
        switch (f.type()) {
            case 'N', 'F' -> {
                String s = new String(record, off, end - off, java.nio.charset.StandardCharsets.ISO_8859_1);
                if (s.startsWith("*")) return null; // overflow marker
                try {
                    return number(s, f);
                } catch (NumberFormatException e) {
                    throw bad(f, "'" + s + "' is not a number");
                }
            }
            case 'L' -> {
                return switch (record[off]) {
                    case 'T', 't', 'Y', 'y' -> Boolean.TRUE;
                    case 'F', 'f', 'N', 'n' -> Boolean.FALSE;
                    default -> null; // '?' = not initialised
                };
            }
            case 'D' -> {
                String s = new String(record, off, end - off, java.nio.charset.StandardCharsets.ISO_8859_1);
                if (s.equals("00000000")) return null;
                try {
                    if (s.length() != 8) throw new NumberFormatException();
                    return LocalDate.of(Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 4, 6, 10), Integer.parseInt(s, 6, 8, 10));
                } catch (NumberFormatException | DateTimeException e) {
                    throw bad(f, "'" + s + "' is not a YYYYMMDD date");
                }
            }
            default -> {
                return new String(record, off, end - off, cs);
            }
        }
    }

    private static Object number(String s, DbfField f) {
        switch (f.fieldType()) {
            case INTEGER, LONG -> {
                long v;
                try {
                    v = Long.parseLong(s.startsWith("+") ? s.substring(1) : s);
                } catch (NumberFormatException e) {
                    double d = Double.parseDouble(s); // "12.0" in an integer column
                    if (d != Math.rint(d) || Math.abs(d) > 9e17) throw e;
                    v = (long) d;
                }
                // a ≤ 9-character column always fits an int
                if (f.fieldType() == FieldType.INTEGER && v == (int) v) return Integer.valueOf((int) v);
                return Long.valueOf(v);
            }
            default -> {
                return Double.parseDouble(s.replace(',', '.'));
            }
        }
    }

    private ShapefileFormatException bad(DbfField f, String what) {
        return new ShapefileFormatException(in.name(), read, -1, "field " + f.name() + ": " + what);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
