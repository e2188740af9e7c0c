package org.onemap.app.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onemap.datasources.h2gis.H2gisWorkspace;

/** PDF and PPTX export of a two-slide briefing (overview, resources) over a small seeded workspace. */
class BriefingExportTest {
    @TempDir
    static Path tmp;

    static H2gisWorkspace ws;
    static Briefing briefing;

    @BeforeAll
    static void compose() {
        ws = SeededWorkspace.open(tmp.resolve("ws"));
        briefing = new BriefingComposer(ws, Locale.CHINA).compose(null, List.of("overview", "resources"), "tester", LocalDate.of(2026, 11, 28));
    }

    @AfterAll
    static void close() {
        if (ws != null) ws.close();
    }

    @Test
    void composedSlidesCarryTheViewsTitlesSourcesAndGeneratedNote() {
        assertEquals(List.of("overview", "resources"), briefing.slides().stream().map(Slide::view).toList());
        Slide resources = briefing.slides().get(1);
        assertEquals("农业资源", resources.title());
        assertTrue(resources.generatedData(), "the resources view shows generated parcels and must say so");
        assertTrue(resources.layers().contains("parcel"), "resources reads the parcel layer: " + resources.layers());
        assertFalse(resources.sources().isEmpty(), "a slide must name its data sources");
        assertFalse(resources.legend().isEmpty(), "the thematic legend rows are recorded");
    }

    @Test
    void pdfHasOnePagePerSlideWithChineseTitlesAsTextInAnEmbeddedFont() throws Exception {
        Path pdf = tmp.resolve("brief.pdf");
        new PdfExport(new SlideImages(ws, Locale.CHINA), Locale.CHINA).write(briefing, 150, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(2, doc.getNumberOfPages(), "one page per slide");
            for (PDPage page : doc.getPages()) {
                boolean embedded = false;
                for (COSName n : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(n);
                    embedded |= f.isEmbedded() && f.getName().contains("WenQuanYi");
                }
                assertTrue(embedded, "the CJK TrueType font must be embedded on every page");
                PDImageXObject map = onlyImage(page);
                assertEquals(Math.round(SlideImages.WIDTH * 150 / 96.0), map.getWidth(), 1, "map picture is rendered at 150 dpi");
            }
        }
        String text = pdftotext(pdf);
        for (Slide s : briefing.slides()) assertTrue(text.contains(s.title()), "pdftotext lacks the title '" + s.title() + "':\n" + text);
        assertTrue(text.contains("日期：2026-11-28"), "date missing:\n" + text);
        assertTrue(text.contains("数据来源"), "data sources missing:\n" + text);
        assertTrue(text.contains("生成（模拟）数据"), "generated-data note missing:\n" + text);
    }

    @Test
    void pdfAt300DpiCarriesAPictureOf300Dpi() throws Exception {
        Briefing one = new Briefing("t", "zh-CN", "", briefing.created(), "", List.of(briefing.slides().get(1)));
        Path pdf = tmp.resolve("brief-300.pdf");
        new PdfExport(new SlideImages(ws, Locale.CHINA), Locale.CHINA).write(one, 300, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDImageXObject map = onlyImage(doc.getPage(0));
            assertEquals(Math.round(SlideImages.WIDTH * 300 / 96.0), map.getWidth(), 1);
            assertEquals(Math.round(SlideImages.HEIGHT * 300 / 96.0), map.getHeight(), 1);
            assertTrue(SeededWorkspace.colours(map.getImage()) > 20, "the 300 dpi map picture is blank");
        }
    }

    @Test
    void pptxReadsBackWithOnePicturePerSlideTitleAndNotes() throws Exception {
        Path pptx = tmp.resolve("brief.pptx");
        new PptxExport(new SlideImages(ws, Locale.CHINA), Locale.CHINA).write(briefing, 150, pptx);
        try (InputStream in = Files.newInputStream(pptx); XMLSlideShow ppt = new XMLSlideShow(in)) {
            assertEquals(2, ppt.getSlides().size(), "one slide per view");
            for (int i = 0; i < 2; i++) {
                XSLFSlide slide = ppt.getSlides().get(i);
                Slide s = briefing.slides().get(i);
                long pictures = slide.getShapes().stream().filter(x -> x instanceof XSLFPictureShape).count();
                assertEquals(1, pictures, "slide " + (i + 1) + " must hold exactly one picture");
                StringBuilder text = new StringBuilder();
                for (XSLFShape x : slide.getShapes()) if (x instanceof XSLFTextShape t) text.append(t.getText()).append('\n');
                assertTrue(text.toString().contains(s.title()), "slide " + (i + 1) + " lacks its title:\n" + text);
                assertTrue(text.toString().contains("数据来源"), "slide " + (i + 1) + " lacks the sources:\n" + text);
                StringBuilder notes = new StringBuilder();
                if (slide.getNotes() != null) {
                    for (XSLFShape x : slide.getNotes().getShapes()) if (x instanceof XSLFTextShape t) notes.append(t.getText());
                }
                assertTrue(notes.toString().contains(s.view()), "slide " + (i + 1) + " lacks its speaker notes: '" + notes + "'");
                XSLFPictureShape pic = (XSLFPictureShape) slide.getShapes().stream().filter(x -> x instanceof XSLFPictureShape).findFirst().get();
                assertTrue(pic.getPictureData().getData().length > 10_000, "the picture is suspiciously small");
            }
        }
    }

    private static PDImageXObject onlyImage(PDPage page) throws IOException {
        List<PDImageXObject> images = new ArrayList<>();
        for (COSName n : page.getResources().getXObjectNames()) {
            PDXObject x = page.getResources().getXObject(n);
            if (x instanceof PDImageXObject i) images.add(i);
        }
        assertEquals(1, images.size(), "one map picture per page");
        return images.get(0);
    }

    /** The PDF's text by poppler's pdftotext; skipped locally when poppler-utils is absent, a failure in CI. */
    static String pdftotext(Path pdf) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(true).start();
        } catch (IOException e) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) fail("pdftotext is required in CI: install poppler-utils (" + e.getMessage() + ")");
            Assumptions.abort("pdftotext not installed (poppler-utils): text check skipped");
            return "";
        }
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "pdftotext did not finish");
        assertEquals(0, p.exitValue(), "pdftotext failed: " + new String(out, StandardCharsets.UTF_8));
        return new String(out, StandardCharsets.UTF_8);
    }
}
