package org.onemap.dataimport.shapefile;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns column names into dBASE names: at most 10 bytes in the file's charset, unique ignoring case.
 * Long names are cut at a character boundary like GDAL does ({@code village_code} → {@code village_co});
 * a cut that collides gets a numeric suffix ({@code village_c1}).
 */
public final class DbfFieldNames {
    /** dBASE stores a field name in 11 bytes with a terminating NUL. */
    public static final int MAX_BYTES = 10;

    private DbfFieldNames() {}

    /** The DBF names for {@code names}, in the same order. */
    public static List<String> assign(List<String> names, Charset charset) {
        List<String> out = new ArrayList<>(names.size());
        Set<String> taken = new HashSet<>();
        for (String raw : names) {
            String base = clean(raw, charset);
            String candidate = cut(base, charset, MAX_BYTES);
            for (int n = 1; taken.contains(candidate.toUpperCase(Locale.ROOT)); n++) {
                String suffix = Integer.toString(n);
                candidate = cut(base, charset, MAX_BYTES - suffix.length()) + suffix;
            }
            taken.add(candidate.toUpperCase(Locale.ROOT));
            out.add(candidate);
        }
        return out;
    }

    /** Characters the charset cannot hold, NULs and blanks become '_'; an empty name becomes FIELD. */
    private static String clean(String raw, Charset charset) {
        CharsetEncoder enc = charset.newEncoder();
        StringBuilder sb = new StringBuilder();
        String trimmed = raw == null ? "" : raw.trim();
        for (int i = 0; i < trimmed.length(); ) {
            int cp = trimmed.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            boolean ok = cp > ' ' && enc.canEncode(ch);
            sb.append(ok ? ch : "_");
            i += Character.charCount(cp);
        }
        return sb.length() == 0 ? "FIELD" : sb.toString();
    }

    /** The longest prefix of {@code s} whose encoding fits in {@code maxBytes}. */
    static String cut(String s, Charset charset, int maxBytes) {
        CharsetEncoder enc = charset.newEncoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        CharBuffer in = CharBuffer.wrap(s);
        ByteBuffer out = ByteBuffer.allocate(Math.max(0, maxBytes));
        enc.encode(in, out, true); // stops at a character boundary on overflow
        return s.substring(0, in.position());
    }

    static byte[] bytes(String dbfName, Charset charset) {
        return dbfName.getBytes(charset);
    }
}
