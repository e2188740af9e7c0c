package org.onemap.app.briefing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * Finds a TrueType font with Chinese glyphs for PDF embedding. PDFBox needs TrueType outlines: the
 * OpenType (CFF) Noto CJK fonts fail, WenQuanYi Micro Hei (Debian {@code fonts-wqy-microhei}) works.
 * {@code -Donemap.cjk.font=FILE} overrides the search (a .ttf or a .ttc, whose first font is used).
 */
final class CjkFont implements AutoCloseable {
    static final List<String> CANDIDATES = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
            "C:/Windows/Fonts/msyh.ttc",
            "C:/Windows/Fonts/simhei.ttf");

    private final TrueTypeCollection collection;
    final TrueTypeFont font;

    private CjkFont(TrueTypeCollection collection, TrueTypeFont font) {
        this.collection = collection;
        this.font = font;
    }

    static CjkFont find() throws IOException {
        List<String> tried = new ArrayList<>();
        String forced = System.getProperty("onemap.cjk.font");
        List<String> paths = forced != null ? List.of(forced) : CANDIDATES;
        for (String p : paths) {
            Path f = Path.of(p);
            tried.add(p);
            if (!Files.isRegularFile(f)) continue;
            if (p.toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
                TrueTypeCollection ttc = new TrueTypeCollection(f.toFile());
                TrueTypeFont[] first = new TrueTypeFont[1];
                ttc.processAllFonts(ttf -> { if (first[0] == null) first[0] = ttf; });
                if (first[0] != null) return new CjkFont(ttc, first[0]);
                ttc.close();
            } else {
                return new CjkFont(null, new org.apache.fontbox.ttf.TTFParser().parse(
                        new org.apache.pdfbox.io.RandomAccessReadBufferedFile(f.toFile())));
            }
        }
        throw new IOException("no TrueType font with Chinese glyphs found (tried " + String.join(", ", tried)
                + "); install fonts-wqy-microhei or give -Donemap.cjk.font=FILE");
    }

    @Override
    public void close() throws IOException {
        if (collection != null) collection.close();
        else font.close();
    }
}
