package org.onemap.dataimport.shapefile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Guesses the text encoding of a DBF that says nothing about it: if every text value (and field name)
 * is strict UTF-8 the file is UTF-8, otherwise GB18030 (the superset of GBK, which is what such files
 * from Chinese Windows tools are). Scans the whole table once, stopping at the first non-UTF-8 value.
 */
final class DbfEncodingDetector {
    private DbfEncodingDetector() {}

    static CharsetChoice detect(Path dbf, String prefix) throws IOException {
        try (DbfReader r = new DbfReader(dbf)) {
            for (byte[] name : r.rawNames()) {
                if (Utf8.firstInvalid(name, 0, name.length, false) >= 0) {
                    return gb18030(prefix + "field names are not valid UTF-8");
                }
            }
            List<DbfField> fields = r.fields(StandardCharsets.ISO_8859_1);
            boolean nonAscii = false;
            while (r.next()) {
                byte[] rec = r.record();
                for (int i = 0; i < fields.size(); i++) {
                    DbfField f = fields.get(i);
                    if (f.type() != 'C') continue;
                    int off = r.offset(i), end = off + f.length();
                    int trimmed = end;
                    while (trimmed > off && (rec[trimmed - 1] == ' ' || rec[trimmed - 1] == 0)) trimmed--;
                    // a full-width value may have been cut inside a character by a byte-counting writer
                    int bad = Utf8.firstInvalid(rec, off, trimmed, trimmed == end);
                    if (bad == -2) nonAscii = true;
                    else if (bad >= 0) {
                        return gb18030(prefix + "record " + r.recordNumber() + " field " + f.name() + " is not valid UTF-8");
                    }
                }
            }
            return new CharsetChoice(StandardCharsets.UTF_8, CharsetChoice.Source.DETECTED,
                    prefix + (nonAscii ? "all text is valid UTF-8" : "all text is ASCII"));
        }
    }

    private static CharsetChoice gb18030(String evidence) {
        return new CharsetChoice(DbfCharsets.GB18030, CharsetChoice.Source.DETECTED, evidence + ", so GB18030/GBK");
    }

    /** A strict UTF-8 check (no overlongs, surrogates or code points above U+10FFFF). */
    static final class Utf8 {
        private Utf8() {}

        /**
         * @return the offset of the first invalid byte; -1 if the range is ASCII; -2 if valid with non-ASCII
         */
        static int firstInvalid(byte[] b, int from, int to, boolean allowCutTail) {
            boolean nonAscii = false;
            int i = from;
            while (i < to) {
                int c = b[i] & 0xFF;
                if (c < 0x80) { i++; continue; }
                nonAscii = true;
                int n;
                int min2 = 0x80, max2 = 0xBF; // allowed range of the second byte
                if (c >= 0xC2 && c <= 0xDF) n = 1;
                else if (c >= 0xE0 && c <= 0xEF) {
                    n = 2;
                    if (c == 0xE0) min2 = 0xA0;      // overlong
                    else if (c == 0xED) max2 = 0x9F; // surrogates
                } else if (c >= 0xF0 && c <= 0xF4) {
                    n = 3;
                    if (c == 0xF0) min2 = 0x90;
                    else if (c == 0xF4) max2 = 0x8F;
                } else return i;
                for (int k = 1; k <= n; k++) {
                    if (i + k >= to) return allowCutTail ? -2 : i;
                    int cc = b[i + k] & 0xFF;
                    int lo = k == 1 ? min2 : 0x80, hi = k == 1 ? max2 : 0xBF;
                    if (cc < lo || cc > hi) return i;
                }
                i += n + 1;
            }
            return nonAscii ? -2 : -1;
        }
    }
}
