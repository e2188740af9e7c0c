package org.onemap.dataimport.shapefile;

import java.io.Closeable;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

/**
 * Streams dBASE III records with a fixed schema; the record count is written at {@link #finish()}.
 * dBASE has no null: null text, numbers and dates are blanks, a null logical is '?'.
 */
final class DbfWriter implements Closeable {
    private final ChannelWriter out;
    private final List<DbfField> fields;   // with DBF names
    private final String[] callerNames;
    private final Charset charset;
    private final CharsetEncoder encoder;
    private final boolean truncateText;
    private final byte[] record;
    private final int ldid;
    private int count;

    DbfWriter(Path file, List<DbfField> dbfFields, List<String> callerNames, Charset charset, boolean truncateText)
            throws IOException {
        this.fields = dbfFields;
        this.callerNames = callerNames.toArray(String[]::new);
        this.charset = charset;
        this.encoder = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.truncateText = truncateText;
        this.ldid = DbfCharsets.ldidFor(charset);
        int recordLength = 1;
        for (DbfField f : dbfFields) recordLength += f.length();
        if (recordLength > 65535) throw new IllegalArgumentException("a DBF record may hold 65535 bytes, the schema needs " + recordLength);
        if (dbfFields.size() > 255) throw new IllegalArgumentException("a DBF may hold 255 fields, the schema has " + dbfFields.size());
        this.record = new byte[recordLength];
        this.out = new ChannelWriter(file, 1 << 20);
        writeHeader();
    }

    private void writeHeader() throws IOException {
        int headerLength = 32 + 32 * fields.size() + 1;
        ByteBuffer b = out.little(headerLength);
        b.put(header(0));
        for (DbfField f : fields) {
            byte[] name = f.name().getBytes(charset);
            byte[] slot = new byte[11];
            System.arraycopy(name, 0, slot, 0, Math.min(name.length, 10));
            b.put(slot).put((byte) f.type()).putInt(0).put((byte) f.length()).put((byte) f.decimals()).put(new byte[14]);
        }
        b.put((byte) 0x0D);
    }

    private ByteBuffer header(int recordCount) {
        ByteBuffer h = ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        h.put((byte) 0x03).put((byte) (today.getYear() - 1900)).put((byte) today.getMonthValue()).put((byte) today.getDayOfMonth());
        h.putInt(recordCount).putShort((short) (32 + 32 * fields.size() + 1)).putShort((short) record.length);
        h.position(29);
        h.put((byte) ldid);
        h.position(32);
        return h.flip();
    }

    /** Appends one record; {@code values} are in schema order, {@code recordNumber} words errors. */
    void write(Object[] values, long recordNumber) throws IOException {
        Arrays.fill(record, (byte) ' ');
        int offset = 1;
        for (int i = 0; i < fields.size(); i++) {
            DbfField f = fields.get(i);
            Object v = values[i];
            if (v != null) {
                try {
                    switch (f.type()) {
                        case 'C' -> putText(v.toString(), offset, f, i, recordNumber);
                        case 'N', 'F' -> putNumber(v, offset, f);
                        case 'L' -> record[offset] = (byte) (toBoolean(v) ? 'T' : 'F');
                        case 'D' -> putAscii(dateText(v), offset);
                        default -> throw new IllegalArgumentException("cannot write DBF type " + f.type());
                    }
                } catch (ClassCastException | NumberFormatException e) {
                    throw new IllegalArgumentException("record " + recordNumber + ", field " + callerNames[i]
                            + ": cannot write " + v.getClass().getSimpleName() + " '" + v + "' as DBF type " + f.type(), e);
                } catch (IllegalArgumentException e) {
                    if (e.getMessage() != null && e.getMessage().startsWith("record ")) throw e;
                    throw new IllegalArgumentException("record " + recordNumber + ", field " + callerNames[i] + ": " + e.getMessage(), e);
                }
            } else if (f.type() == 'L') {
                record[offset] = '?';
            }
            offset += f.length();
        }
        out.room(record.length).put(record);
        count++;
    }

    private void putText(String s, int offset, DbfField f, int index, long recordNumber) {
        CharBuffer in = CharBuffer.wrap(s);
        ByteBuffer dst = ByteBuffer.wrap(record, offset, f.length());
        encoder.reset();
        CoderResult r = encoder.encode(in, dst, true);
        if (r.isUnmappable() || r.isMalformed()) {
            throw new IllegalArgumentException("record " + recordNumber + ", field " + callerNames[index] + ": '" + s
                    + "' cannot be encoded in " + charset.name() + " (write the file as UTF-8 or GB18030 instead)");
        }
        if (r.isOverflow()) {
            if (!truncateText) {
                throw new IllegalArgumentException("record " + recordNumber + ", field " + callerNames[index] + ": '" + s + "' needs "
                        + DbfField.encodedLength(s, charset, callerNames[index]) + " bytes in " + charset.name()
                        + " but the field is " + f.length() + " bytes wide (declare it wider)");
            }
            Arrays.fill(record, dst.position(), offset + f.length(), (byte) ' '); // the cut is at a character boundary
        } else {
            encoder.flush(dst);
        }
    }

    private void putNumber(Object v, int offset, DbfField f) {
        String text;
        if (f.decimals() == 0) {
            if (v instanceof Double d && !Double.isFinite(d) || v instanceof Float fl && !Float.isFinite(fl)) return;
            text = v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte
                    ? v.toString() : toDecimal(v).setScale(0, RoundingMode.HALF_UP).toPlainString();
        } else {
            if (v instanceof Double d && !Double.isFinite(d) || v instanceof Float fl && !Float.isFinite(fl)) return;
            text = toDecimal(v).setScale(f.decimals(), RoundingMode.HALF_UP).toPlainString();
        }
        if (text.length() > f.length()) {
            throw new IllegalArgumentException(text + " does not fit in " + f.length() + " characters");
        }
        putAscii(text, offset + f.length() - text.length()); // numbers are right-aligned
    }

    private static BigDecimal toDecimal(Object v) {
        if (v instanceof BigDecimal b) return b;
        if (v instanceof BigInteger b) return new BigDecimal(b);
        if (v instanceof Double || v instanceof Float) return BigDecimal.valueOf(((Number) v).doubleValue());
        if (v instanceof Number n) return BigDecimal.valueOf(n.longValue());
        return new BigDecimal(v.toString().trim());
    }

    private static boolean toBoolean(Object v) {
        if (v instanceof Boolean b) return b;
        String s = v.toString().trim().toUpperCase(java.util.Locale.ROOT);
        return switch (s) {
            case "T", "TRUE", "Y", "YES", "1" -> true;
            case "F", "FALSE", "N", "NO", "0" -> false;
            default -> throw new IllegalArgumentException("'" + v + "' is not a logical value");
        };
    }

    private static String dateText(Object v) {
        LocalDate d;
        if (v instanceof LocalDate ld) d = ld;
        else if (v instanceof LocalDateTime ldt) d = ldt.toLocalDate();
        else if (v instanceof java.sql.Date sd) d = sd.toLocalDate();
        else if (v instanceof Date date) d = date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        else if (v instanceof Instant i) d = i.atZone(ZoneOffset.UTC).toLocalDate();
        else d = LocalDate.parse(v.toString().trim());
        if (d.getYear() < 0 || d.getYear() > 9999) throw new IllegalArgumentException(d + " is outside years 0..9999");
        int n = d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
        String s = Integer.toString(n);
        return "0".repeat(8 - s.length()) + s;
    }

    private void putAscii(String s, int offset) {
        for (int i = 0; i < s.length(); i++) record[offset + i] = (byte) s.charAt(i);
    }

    int count() { return count; }

    /** Writes the end-of-file mark and the final record count. */
    void finish() throws IOException {
        out.room(1).put((byte) 0x1A);
        out.patch(0, header(count));
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
