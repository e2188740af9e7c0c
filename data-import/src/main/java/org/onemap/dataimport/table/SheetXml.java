package org.onemap.dataimport.table;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small pull scanner for the XML of one worksheet part, reporting only what a cell reader needs: the
 * elements {@code row c v t is} (by local name, any prefix) with their {@code r} and {@code t} attributes,
 * {@code dimension} with its {@code ref} (reported as {@code r}: the sheet's used range, for progress), and
 * text. It replaces a general SAX parser, which spent more per cell on symbol tables, namespace bookkeeping and attribute objects than the import spends on the cell. It works on the UTF-8 bytes
 * (a part in another encoding is transcoded first): markup is ASCII, so only text and the two attribute
 * values are decoded, into reused buffers. Comments, processing instructions and CDATA are handled; a
 * DOCTYPE is refused (as the SAX parse refused it: no external entities), so is an unknown entity.
 */
final class SheetXml {
    /** The local names reported; every other element is reported as {@link #OTHER}. */
    static final String ROW = "row", CELL = "c", VALUE = "v", TEXT = "t", INLINE = "is", DIMENSION = "dimension", OTHER = "";

    interface Handler {
        /** {@code r} and {@code t}: the attributes of that name, or null; valid during the call only. */
        void start(String element, CharSequence r, CharSequence t);

        /** Decoded text in {@code chars[from, from + length)}; valid during the call only. */
        void text(char[] chars, int from, int length);

        void end(String element);
    }

    private static final Pattern ENCODING = Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private final Chars text = new Chars(256);
    private final Chars r = new Chars(16);
    private final Chars t = new Chars(16);
    private final Chars entity = new Chars(16);
    /** The name just read (a tag's or an attribute's): its first {@link #nameLength} bytes. */
    private byte[] name = new byte[64];
    private int nameLength;
    /** Elements open: a part that ends with some still open was cut short. */
    private int depth;

    SheetXml(InputStream raw) throws IOException {
        this.in = utf8(raw);
    }

    /** The part's bytes as UTF-8 (unless a BOM or the declaration says otherwise, they are already). */
    private static InputStream utf8(InputStream raw) throws IOException {
        BufferedInputStream b = new BufferedInputStream(raw, 1 << 16);
        b.mark(256);
        byte[] head = b.readNBytes(200);
        b.reset();
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            b.skipNBytes(3);
            return b;
        }
        if (head.length >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)) {
            return new Utf8Transcoder(new InputStreamReader(b, StandardCharsets.UTF_16)); // reads and drops the BOM
        }
        Matcher m = ENCODING.matcher(new String(head, StandardCharsets.ISO_8859_1));
        if (!m.find()) return b;
        Charset cs;
        try {
            cs = Charset.forName(m.group(1));
        } catch (IllegalArgumentException e) {
            throw new IOException("worksheet XML in an unknown encoding " + m.group(1), e);
        }
        return cs.equals(StandardCharsets.UTF_8) || cs.equals(StandardCharsets.US_ASCII) ? b : new Utf8Transcoder(new InputStreamReader(b, cs));
    }

    /** Scans the whole part, reporting to {@code h}. */
    void scan(Handler h) throws IOException {
        int c;
        while ((c = next()) >= 0) {
            if (c == '<') {
                flushText(h);
                tag(h);
            } else if (c == '&') {
                entity(text);
            } else if (c == '\r') {
                if (peek() == '\n') next(); // XML line ends read as \n
                text.append('\n');
            } else if (c < 0x80) {
                text.append((char) c);
            } else {
                utf8(c, text);
            }
        }
        flushText(h);
        if (depth > 0) throw new IOException("worksheet XML ends before its elements are closed (the part is cut short)");
    }

    private void flushText(Handler h) {
        if (text.length == 0) return;
        h.text(text.chars, 0, text.length);
        text.length = 0;
    }

    private void tag(Handler h) throws IOException {
        int c = next();
        if (c == '/') {
            c = readName(next());
            while (c != '>') {
                if (c < 0) throw eof();
                c = next();
            }
            depth--;
            h.end(element());
        } else if (c == '?') {
            skipPast("?>");
        } else if (c == '!') {
            if (next() == '-' && next() == '-') {
                skipPast("-->");
            } else if (startsCdata()) {
                cdata();
            } else {
                throw new IOException("worksheet XML has a DOCTYPE or declaration (not allowed)");
            }
        } else {
            c = readName(c);
            String el = element();
            boolean hasR = false, hasT = false;
            boolean empty = false;
            while (true) {
                while (isSpace(c)) c = next();
                if (c == '>') break;
                if (c == '/') {
                    empty = true;
                    skipTo('>');
                    break;
                }
                if (c < 0) throw eof();
                c = readName(c);
                while (isSpace(c)) c = next();
                if (c != '=') throw new IOException("worksheet XML: attribute without a value in <" + el + ">");
                c = next();
                while (isSpace(c)) c = next();
                if (c != '"' && c != '\'') throw new IOException("worksheet XML: unquoted attribute in <" + el + ">");
                int quote = c;
                Chars value = nameLength == 1 ? (name[0] == 'r' ? r : name[0] == 't' ? t : entity)
                        : el == DIMENSION && nameLength == 3 && name[0] == 'r' && name[1] == 'e' && name[2] == 'f' ? r : entity;
                if (value == r) hasR = true;
                else if (value == t) hasT = true;
                value.length = 0;
                while ((c = next()) != quote) {
                    if (c < 0) throw eof();
                    if (c == '&') entity(value);
                    else if (c == '\t' || c == '\n' || c == '\r') value.append(' ');
                    else if (c < 0x80) value.append((char) c);
                    else utf8(c, value);
                }
                c = next();
            }
            h.start(el, hasR ? r : null, hasT ? t : null);
            if (empty) h.end(el);
            else depth++;
        }
    }

    /** Reads a name starting with {@code c} into {@link #name}; returns the byte after it. */
    private int readName(int c) throws IOException {
        nameLength = 0;
        while (c >= 0 && !isSpace(c) && c != '>' && c != '/' && c != '=') {
            if (nameLength == name.length) name = java.util.Arrays.copyOf(name, name.length * 2);
            name[nameLength++] = (byte) c;
            c = next();
        }
        if (c < 0) throw eof();
        return c;
    }

    /** The reported local name of the element whose name was just read. */
    private String element() {
        int from = nameLength;
        while (from > 0 && name[from - 1] != ':') from--;
        int n = nameLength - from;
        if (n == 1) {
            byte ch = name[from];
            return ch == 'c' ? CELL : ch == 'v' ? VALUE : ch == 't' ? TEXT : OTHER;
        }
        if (n == 2 && name[from] == 'i' && name[from + 1] == 's') return INLINE;
        if (n == 3 && name[from] == 'r' && name[from + 1] == 'o' && name[from + 2] == 'w') return ROW;
        if (n == 9 && new String(name, from, n, StandardCharsets.US_ASCII).equals(DIMENSION)) return DIMENSION;
        return OTHER;
    }

    private boolean startsCdata() throws IOException {
        // "<!" was read and one more byte consumed by the comment check: it must have been '['
        if (buf[pos - 1] != '[') return false;
        for (char ch : "CDATA[".toCharArray()) if (next() != ch) return false;
        return true;
    }

    private void cdata() throws IOException {
        int c;
        while ((c = next()) >= 0) {
            if (c != ']') {
                if (c < 0x80) text.append((char) c);
                else utf8(c, text);
                continue;
            }
            int n = 1;
            while (peek() == ']') {
                next();
                n++;
            }
            if (n >= 2 && peek() == '>') {
                next();
                for (int i = 2; i < n; i++) text.append(']');
                return;
            }
            for (int i = 0; i < n; i++) text.append(']');
        }
        throw eof();
    }

    private void entity(Chars to) throws IOException {
        StringBuilder e = new StringBuilder(8);
        int c;
        while ((c = next()) != ';') {
            if (c < 0 || e.length() > 10) throw new IOException("worksheet XML: unterminated entity &" + e);
            e.append((char) c);
        }
        switch (e.toString()) {
            case "lt" -> to.append('<');
            case "gt" -> to.append('>');
            case "amp" -> to.append('&');
            case "quot" -> to.append('"');
            case "apos" -> to.append('\'');
            default -> {
                String s = e.toString();
                if (!s.startsWith("#")) throw new IOException("worksheet XML: unknown entity &" + s + ";");
                try {
                    to.appendCodePoint(s.startsWith("#x") ? Integer.parseInt(s.substring(2), 16) : Integer.parseInt(s.substring(1)));
                } catch (IllegalArgumentException x) {
                    throw new IOException("worksheet XML: bad character reference &" + s + ";", x);
                }
            }
        }
    }

    /** Decodes the UTF-8 sequence whose lead byte {@code lead} was just read; a malformed one gives U+FFFD, as a decoding reader did. */
    private void utf8(int lead, Chars to) throws IOException {
        int extra, cp;
        if (lead >= 0xF0 && lead < 0xF8) {
            extra = 3;
            cp = lead & 0x07;
        } else if (lead >= 0xE0) {
            extra = lead < 0xF0 ? 2 : -1;
            cp = lead & 0x0F;
        } else if (lead >= 0xC2) {
            extra = 1;
            cp = lead & 0x1F;
        } else {
            extra = -1;
            cp = 0;
        }
        if (extra < 0) {
            to.append('\uFFFD');
            return;
        }
        for (int i = 0; i < extra; i++) {
            int c = peek();
            if (c < 0x80 || c >= 0xC0) { // not a continuation byte: leave it to be read on its own
                to.append('\uFFFD');
                return;
            }
            next();
            cp = cp << 6 | (c & 0x3F);
        }
        if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) || (extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000)) to.append('\uFFFD');
        else to.appendCodePoint(cp);
    }

    private void skipTo(char end) throws IOException {
        int c;
        while ((c = next()) != end) if (c < 0) throw eof();
    }

    private void skipPast(String end) throws IOException {
        int matched = 0;
        while (matched < end.length()) {
            int c = next();
            if (c < 0) throw eof();
            matched = c == end.charAt(matched) ? matched + 1 : c == end.charAt(0) ? 1 : 0;
        }
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r';
    }

    private static IOException eof() {
        return new IOException("worksheet XML ends in the middle of a tag");
    }

    private int next() throws IOException {
        if (pos == limit && !fill()) return -1;
        return buf[pos++] & 0xFF;
    }

    private int peek() throws IOException {
        if (pos == limit && !fill()) return -1;
        return buf[pos] & 0xFF;
    }

    private boolean fill() throws IOException {
        // keep the last byte: startsCdata looks one back
        if (limit > 0) {
            buf[0] = buf[limit - 1];
            pos = limit = 1;
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n <= 0) return false;
        limit += n;
        return true;
    }

    /** A reused, growable char buffer that is its own CharSequence. */
    static final class Chars implements CharSequence {
        char[] chars;
        int length;

        Chars(int capacity) {
            chars = new char[capacity];
        }

        void append(char c) {
            if (length == chars.length) chars = java.util.Arrays.copyOf(chars, length * 2);
            chars[length++] = c;
        }

        void appendCodePoint(int cp) {
            if (!Character.isValidCodePoint(cp)) throw new IllegalArgumentException("not a code point: " + cp);
            if (Character.isBmpCodePoint(cp)) {
                append((char) cp);
            } else {
                append(Character.highSurrogate(cp));
                append(Character.lowSurrogate(cp));
            }
        }

        @Override
        public int length() { return length; }

        @Override
        public char charAt(int index) {
            if (index >= length) throw new IndexOutOfBoundsException(index);
            return chars[index];
        }

        @Override
        public CharSequence subSequence(int start, int end) { return toString().subSequence(start, end); }

        @Override
        public String toString() { return new String(chars, 0, length); }
    }
}
