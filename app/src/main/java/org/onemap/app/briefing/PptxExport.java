package org.onemap.app.briefing;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * A briefing as PowerPoint (16:9): per slide the title, one picture (the map with legend, scale bar
 * and north arrow), a caption with date, data sources and the generated-data note, and the slide's
 * notes as speaker notes.
 */
public final class PptxExport {
    private static final int SLIDE_W = 960;
    private static final int SLIDE_H = 540;

    private final SlideImages images;
    private final SlideCaptions captions;

    public PptxExport(SlideImages images, Locale locale) {
        this.images = images;
        this.captions = new SlideCaptions(locale);
    }

    public void write(Briefing briefing, int dpi, Path out) throws IOException {
        try (XMLSlideShow ppt = new XMLSlideShow()) {
            ppt.setPageSize(new Dimension(SLIDE_W, SLIDE_H));
            int n = 0;
            for (Slide s : briefing.slides()) {
                n++;
                XSLFSlide slide = ppt.createSlide();
                XSLFTextBox title = slide.createTextBox();
                title.setAnchor(new Rectangle2D.Double(30, 8, SLIDE_W - 60, 40));
                run(title, s.title(), 24, true, Color.BLACK);

                XSLFPictureData data = ppt.addPicture(png(images.image(s, dpi)), PictureData.PictureType.PNG);
                double h = 410;
                double w = h * SlideImages.WIDTH / SlideImages.HEIGHT;
                slide.createPicture(data).setAnchor(new Rectangle2D.Double((SLIDE_W - w) / 2, 50, w, h));

                XSLFTextBox caption = slide.createTextBox();
                caption.setAnchor(new Rectangle2D.Double(30, 464, SLIDE_W - 60, 70));
                run(caption, captions.date(s) + "    " + captions.page(n, briefing.slides().size()), 10, false, Color.DARK_GRAY);
                caption.addNewTextParagraph();
                run(caption, captions.sources(s), 10, false, Color.DARK_GRAY);
                String note = captions.generatedNote(s);
                if (note != null) {
                    caption.addNewTextParagraph();
                    run(caption, note, 10, false, new Color(0xB0, 0x30, 0x20));
                }
                notes(ppt, slide, s.notes());
            }
            try (OutputStream o = Files.newOutputStream(out)) {
                ppt.write(o);
            }
        }
    }

    private static void run(XSLFTextBox box, String text, double size, boolean bold, Color colour) {
        XSLFTextParagraph p = box.getTextParagraphs().get(box.getTextParagraphs().size() - 1);
        XSLFTextRun r = p.addNewTextRun();
        r.setText(text);
        r.setFontSize(size);
        r.setBold(bold);
        r.setFontColor(colour);
    }

    private static void notes(XMLSlideShow ppt, XSLFSlide slide, String text) {
        if (text.isBlank()) return;
        XSLFNotes notes = ppt.getNotesSlide(slide);
        for (XSLFTextShape shape : notes.getPlaceholders()) {
            if (shape.getTextType() == Placeholder.BODY) {
                shape.setText(text);
                return;
            }
        }
    }

    private static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        ImageIO.write(img, "png", b);
        return b.toByteArray();
    }
}
