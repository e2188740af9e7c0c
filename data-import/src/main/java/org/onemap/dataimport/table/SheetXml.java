package org.onemap.dataimport.table;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small pull scanner for the XML of one worksheet part, reporting only what a cell reader needs: the
 * elements {@code row c v t is} (by local name, any prefix) with their {@code r} and {@code t} attributes,
 * and text. It replaces a general SAX parser, which spent more per cell on symbol tables, namespace
 * bookkeeping and attribute objects than the import spends on the cell. Comments, processing instructions
 * and CDATA are handled; a DOCTYPE is refused (as the SAX parse refused it: no external entities), so is
 * an unknown entity.
 */
final class SheetXml {
    /** The local names reported; every other element is reported as {@link #OTHER}. */
    static final String ROW = "row", CELL = "c", VALUE = "v", TEXT = "t", INLINE = "is", OTHER = "";

    interface Handler {
        /** {@code r} and {@code t}: the attributes of that name, or null. */
        void start(String element, String r, String t);

        void text(CharSequence text);

        void end(String element);
    }

    private static final Pattern ENCODING = Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    private final Reader in;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int limit;
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder name = new StringBuilder();
    private final StringBuilder value = new StringBuilder();

    SheetXml(InputStream raw) throws IOException {
        this.in = reader(raw);
    }

    /** The part's text in its declared encoding (UTF-8 unless a BOM or the declaration says otherwise). */
    private static Reader reader(InputStream raw) throws IOException {
        BufferedInputStream b = new BufferedInputStream(raw, 1 << 16);
        b.mark(256);
        byte[] head = b.readNBytes(200);
        b.reset();
        Charset cs = StandardCharsets.UTF_8;
        int skip = 0;
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            skip = 3;
        } else if (head.length >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)) {
            cs = StandardCharsets.UTF_16; // reads and drops the BOM
        } else {
            Matcher m = ENCODING.matcher(new String(head, StandardCharsets.ISO_8859_1));
            if (m.find()) {
                try {
                    cs = Charset.forName(m.group(1));
                } catch (IllegalArgumentException e) {
                    throw new IOException("worksheet XML in an unknown encoding " + m.group(1), e);
                }
            }
        }
        b.skipNBytes(skip);
        return new InputStreamReader(b, cs);
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
            } else {
                text.append((char) c);
            }
        }
        flushText(h);
    }

    private void flushText(Handler h) {
        if (text.length() == 0) return;
        h.text(text);
        text.setLength(0);
    }

    private void tag(Handler h) throws IOException {
        int c = next();
        if (c == '/') {
            c = readName(next());
            while (c != '>') {
                if (c < 0) throw eof();
                c = next();
            }
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
            String r = null, t = null;
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
                char which = name.length() == 1 ? name.charAt(0) : 0;
                value.setLength(0);
                while ((c = next()) != quote) {
                    if (c < 0) throw eof();
                    if (c == '&') entity(value);
                    else value.append(c == '\t' || c == '\n' || c == '\r' ? ' ' : (char) c);
                }
                if (which == 'r') r = value.toString();
                else if (which == 't') t = value.toString();
                c = next();
            }
            h.start(el, r, t);
            if (empty) h.end(el);
        }
    }

    /** Reads a name starting with {@code c} into {@link #name}; returns the char after it. */
    private int readName(int c) throws IOException {
        name.setLength(0);
        while (c >= 0 && !isSpace(c) && c != '>' && c != '/' && c != '=') {
            name.append((char) c);
            c = next();
        }
        if (c < 0) throw eof();
        return c;
    }

    /** The reported local name of the element whose name was just read. */
    private String element() {
        int from = name.lastIndexOf(":") + 1;
        int n = name.length() - from;
        if (n == 1) {
            char ch = name.charAt(from);
            return ch == 'c' ? CELL : ch == 'v' ? VALUE : ch == 't' ? TEXT : OTHER;
        }
        if (n == 2 && name.charAt(from) == 'i' && name.charAt(from + 1) == 's') return INLINE;
        if (n == 3 && name.charAt(from) == 'r' && name.charAt(from + 1) == 'o' && name.charAt(from + 2) == 'w') return ROW;
        return OTHER;
    }

    private boolean startsCdata() throws IOException {
        // "<!" was read and one more char consumed by the comment check: it must have been '['
        if (buf[pos - 1] != '[') return false;
        for (char ch : "CDATA[".toCharArray()) if (next() != ch) return false;
        return true;
    }

    private void cdata() throws IOException {
        int c;
        while ((c = next()) >= 0) {
            if (c != ']') {
                text.append((char) c);
                continue;
            }
            int n = 1;
            while (peek() == ']') {
                next();
                n++;
            }
            if (n >= 2 && peek() == '>') {
                next();
                text.append("]".repeat(n - 2));
                return;
            }
            text.append("]".repeat(n));
        }
        throw eof();
    }

    private void entity(StringBuilder to) throws IOException {
        name.setLength(0);
        int c;
        while ((c = next()) != ';') {
            if (c < 0 || name.length() > 10) throw new IOException("worksheet XML: unterminated entity &" + name);
            name.append((char) c);
        }
        String e = name.toString();
        switch (e) {
            case "lt" -> to.append('<');
            case "gt" -> to.append('>');
            case "amp" -> to.append('&');
            case "quot" -> to.append('"');
            case "apos" -> to.append('\'');
            default -> {
                if (!e.startsWith("#")) throw new IOException("worksheet XML: unknown entity &" + e + ";");
                try {
                    int cp = e.startsWith("#x") ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1));
                    to.appendCodePoint(cp);
                } catch (IllegalArgumentException x) {
                    throw new IOException("worksheet XML: bad character reference &" + e + ";", x);
                }
            }
        }
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
        return buf[pos++];
    }

    private int peek() throws IOException {
        if (pos == limit && !fill()) return -1;
        return buf[pos];
    }

    private boolean fill() throws IOException {
        // keep the last char: startsCdata looks one back
        if (limit > 0) {
            buf[0] = buf[limit - 1];
            pos = limit = 1;
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n <= 0) return false;
        limit += n;
        return true;
    }
}
