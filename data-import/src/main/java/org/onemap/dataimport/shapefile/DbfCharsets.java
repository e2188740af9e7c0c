package org.onemap.dataimport.shapefile;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * What the DBF language-driver byte (LDID, header offset 29) and the {@code .cpg} sidecar say about
 * text encoding, both ways. Values follow the ESRI/GDAL code-page table.
 */
public final class DbfCharsets {
    /** GBK, the encoding Chinese survey offices' tools (ArcGIS on Chinese Windows) produce. */
    public static final Charset GBK = Charset.forName("GBK");
    /** The superset of GBK used when text is detected as "not UTF-8". */
    public static final Charset GB18030 = Charset.forName("GB18030");
    /** LDID 0x4D: Chinese GBK (PRC), code page 936. */
    public static final int LDID_GBK = 0x4D;
    /** LDID 0x57: "current ANSI code page" — the writer's Windows code page, unknown to us. */
    public static final int LDID_ANSI = 0x57;

    private DbfCharsets() {}

    /** The LDID byte a writer stores for {@code cs}: 0x4D for GBK/cp936, else 0 (unspecified, rely on .cpg). */
    public static int ldidFor(Charset cs) {
        String n = cs.name().toUpperCase(Locale.ROOT);
        return n.equals("GBK") || n.equals("X-MSWIN-936") || n.equals("GB2312") ? LDID_GBK : 0;
    }

    /** The text a writer puts in the {@code .cpg}: "GBK", "UTF-8", else the charset's name. */
    public static String cpgFor(Charset cs) {
        String n = cs.name().toUpperCase(Locale.ROOT);
        if (n.equals("X-MSWIN-936")) return "GBK";
        return cs.name();
    }

    /**
     * The charset an LDID byte names, or empty for 0 (unspecified), 0x57 (ANSI: whatever the writer's
     * Windows used, GBK on Chinese systems, so detect instead) and values this JVM cannot decode.
     */
    public static Optional<Charset> forLdid(int ldid) {
        int cp = switch (ldid) {
            case 0x01, 0x09, 0x0B, 0x0D, 0x0F, 0x11, 0x15, 0x18, 0x19, 0x1B -> 437;
            case 0x02, 0x0A, 0x0E, 0x10, 0x12, 0x14, 0x16, 0x1A, 0x1D, 0x25, 0x37 -> 850;
            case 0x03, 0x58, 0x59 -> 1252;
            case 0x08, 0x17, 0x66 -> 865;
            case 0x13, 0x7B -> 932;
            case 0x1C, 0x6C -> 863;
            case 0x1F, 0x22, 0x23, 0x40, 0x64, 0x87 -> 852;
            case 0x24 -> 860;
            case 0x26, 0x65 -> 866;
            case 0x4D, 0x7A -> 936;
            case 0x4E, 0x79 -> 949;
            case 0x4F, 0x78 -> 950;
            case 0x50, 0x7C -> 874;
            case 0x67 -> 861;
            case 0x6A, 0x86 -> 737;
            case 0x6B, 0x88 -> 857;
            case 0xC8 -> 1250;
            case 0xC9 -> 1251;
            case 0xCA -> 1254;
            case 0xCB -> 1253;
            case 0xCC -> 1257;
            default -> 0;
        };
        if (cp == 0) return Optional.empty();
        if (cp == 936) return Optional.of(GBK);
        return codePage(cp);
    }

    /**
     * The charset a {@code .cpg} text names: a Java/IANA name ("UTF-8", "GBK", "GB2312"), a Windows code
     * page number ("936", "65001", "1252", "ANSI 1252") or an ISO 8859 shorthand ("88591"). Empty when
     * unknown or unsupported here.
     */
    public static Optional<Charset> forCpg(String text) {
        if (text == null) return Optional.empty();
        String t = text.trim();
        if (t.startsWith("\uFEFF")) t = t.substring(1);
        if (t.isEmpty()) return Optional.empty();
        String u = t.toUpperCase(Locale.ROOT).replace("ANSI", "").trim();
        if (u.equals("UTF8") || u.equals("UTF-8") || u.equals("65001")) return Optional.of(StandardCharsets.UTF_8);
        if (u.equals("936") || u.equals("CP936") || u.equals("GBK") || u.equals("GB2312")) return Optional.of(GBK);
        if (u.matches("8859\\d{1,2}")) return named("ISO-8859-" + u.substring(4));
        if (u.matches("\\d{3,5}")) return codePage(Integer.parseInt(u));
        return named(t);
    }

    private static Optional<Charset> codePage(int cp) {
        // Java spells Windows code pages several ways: windows-1252, MS932 (Shift-JIS), IBM437, x-IBM737.
        for (String prefix : new String[] {"windows-", "MS", "IBM", "x-IBM", "cp"}) {
            Optional<Charset> c = named(prefix + cp);
            if (c.isPresent()) return c;
        }
        return Optional.empty();
    }

    private static Optional<Charset> named(String name) {
        try {
            return Optional.of(Charset.forName(name));
        } catch (RuntimeException e) { // illegal or unsupported name
            return Optional.empty();
        }
    }
}
