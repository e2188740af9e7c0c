package org.onemap.app.briefing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A briefing as PDF: one A4-landscape page per slide with the title (as text, in an embedded CJK
 * TrueType font, so it can be searched and copied), the map picture (legend, scale bar and north
 * arrow are part of it), and under it the date, the data sources and the generated-data note.
 */
public final class PdfExport {
    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 20;
    private static final float MAP_W = PAGE.getWidth() - 2 * MARGIN;
    private static final float MAP_H = MAP_W * SlideImages.HEIGHT / SlideImages.WIDTH;
    private static final float MAP_Y = 82;

    private final SlideImages images;
    private final SlideCaptions captions;

    public PdfExport(SlideImages images, Locale locale) {
        this.images = images;
        this.captions = new SlideCaptions(locale);
    }

    public void write(Briefing briefing, int dpi, Path out) throws IOException {
        try (PDDocument doc = new PDDocument(); CjkFont cjk = CjkFont.find()) {
            PDType0Font font = PDType0Font.load(doc, cjk.font, true);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(briefing.title());
            info.setAuthor(briefing.author());
            info.setCreator(briefing.appVersion());
            int n = 0;
            for (Slide s : briefing.slides()) {
                n++;
                BufferedImage img = images.image(s, dpi);
                PDPage page = new PDPage(PAGE);
                doc.addPage(page);
                PDImageXObject pic = LosslessFactory.createFromImage(doc, img);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    text(cs, font, 20, MARGIN, PAGE.getHeight() - 40, s.title());
                    cs.drawImage(pic, MARGIN, MAP_Y, MAP_W, MAP_H);
                    float y = MAP_Y - 16;
                    text(cs, font, 9, MARGIN, y, captions.date(s) + "    " + captions.page(n, briefing.slides().size()));
                    for (String line : wrap(font, 9, captions.sources(s), MAP_W)) {
                        y -= 12;
                        text(cs, font, 9, MARGIN, y, line);
                    }
                    String note = captions.generatedNote(s);
                    if (note != null) text(cs, font, 9, MARGIN, y - 14, note);
                }
            }
            doc.save(out.toFile());
        }
    }

    private static void text(PDPageContentStream cs, PDType0Font font, float size, float x, float y, String s) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    /** Breaks {@code s} into lines no wider than {@code width} points (by character: Chinese has no spaces). At most two lines. */
    static List<String> wrap(PDType0Font font, float size, String s, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            String c = new String(Character.toChars(cp));
            if (!line.isEmpty() && font.getStringWidth(line + c) / 1000 * size > width) {
                lines.add(line.toString());
                line.setLength(0);
                if (lines.size() == 2) {
                    lines.set(1, lines.get(1).substring(0, Math.max(0, lines.get(1).length() - 1)) + "…");
                    return lines;
                }
            }
            line.append(c);
            i += Character.charCount(cp);
        }
        if (!line.isEmpty()) lines.add(line.toString());
        return lines;
    }
}
