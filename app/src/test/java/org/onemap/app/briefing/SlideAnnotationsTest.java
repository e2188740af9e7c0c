package org.onemap.app.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onemap.datasources.h2gis.H2gisWorkspace;
import org.onemap.map.render.Viewport;

/**
 * Annotations (arrow, text, highlight) and chart panels on a slide: drawn where their lon/lat projects,
 * kept through story.json, and read from a hand-written story file with line:column errors.
 */
class SlideAnnotationsTest {
    static final Color ARROW = new Color(0xff00ff);
    static final Color TEXT = new Color(0x00e5ee);
    static final Color STROKE = new Color(0xffd700);
    static final Color FILL = new Color(0x0000ff);

    @TempDir
    static Path tmp;

    static H2gisWorkspace ws;
    static Slide plain;
    static Viewport vp;
    static BufferedImage base;
    final SlideRenderer renderer = new SlideRenderer();

    @BeforeAll
    static void compose() {
        ws = SeededWorkspace.open(tmp.resolve("ws"));
        plain = new BriefingComposer(ws, Locale.CHINA).compose(null, List.of("resources"), "tester", LocalDate.of(2026, 11, 28)).slides().get(0);
        SlideRenderer.RenderedSlide r = new SlideRenderer().renderSlide(ws, plain, SlideImages.WIDTH, SlideImages.HEIGHT, 1, Locale.CHINA);
        vp = r.viewport();
        base = r.map().image();
    }

    @AfterAll
    static void close() {
        if (ws != null) ws.close();
    }

    /** Annotations placed at chosen pixels of the slide (converted to lon/lat), so the test knows where to look. */
    static List<Annotation> annotations(Viewport v) {
        Point2D.Double a = v.toLonLat(400, 200), b = v.toLonLat(560, 200);
        Point2D.Double t = v.toLonLat(480, 300);
        Point2D.Double s0 = v.toLonLat(600, 380), s1 = v.toLonLat(700, 460);
        String square = String.format(Locale.ROOT, "POLYGON ((%.9f %.9f, %.9f %.9f, %.9f %.9f, %.9f %.9f, %.9f %.9f))",
                s0.x, s0.y, s1.x, s0.y, s1.x, s1.y, s0.x, s1.y, s0.x, s0.y);
        return List.of(new Annotation.Arrow(a.x, a.y, b.x, b.y, ARROW, 6),
                new Annotation.Text(t.x, t.y, "重点区域", 28, TEXT, Color.WHITE),
                new Annotation.Highlight(square, 0, STROKE, FILL, ""));
    }

    static Slide annotated(Viewport v) {
        return plain.with("标注测试", null, annotations(v), List.of(ChartPanel.of("parcel_area_by_crop", ChartPanel.Corner.BOTTOM_LEFT)));
    }

    @Test
    void drawsAnnotationsAtTheirProjectedPixelsAndTheChartInItsPanel() {
        Slide slide = annotated(vp);
        SlideRenderer.RenderedSlide r = renderer.renderSlide(ws, slide, SlideImages.WIDTH, SlideImages.HEIGHT, 1, Locale.CHINA);
        assertEquals(vp, r.viewport(), "annotations and charts must not move the map");
        BufferedImage img = r.map().image();
        assertAnnotationsAt(img, 1);
        assertChartIn(img, r.charts().get(0), 1, base);
    }

    @Test
    void annotationsScaleWithThePrintResolution() {
        Slide slide = annotated(vp);
        BufferedImage img = new SlideImages(ws, Locale.CHINA).image(slide, 192);
        assertEquals(SlideImages.WIDTH * 2, img.getWidth());
        assertAnnotationsAt(img, 2);
    }

    /** Checks the arrow's shaft, the text's glyphs and the highlight's edge and see-through fill of {@link #annotations}. */
    static void assertAnnotationsAt(BufferedImage img, int ratio) {
        assertNear(ARROW, img.getRGB(470 * ratio, 200 * ratio), "the arrow's shaft at (470, 200)");
        int tip = img.getRGB(555 * ratio, 200 * ratio);
        assertNear(ARROW, tip, "the arrow's head near its tip (555, 200)");
        assertTrue(count(img, TEXT, new Rectangle2D.Double(420 * ratio, 280 * ratio, 120 * ratio, 40 * ratio)) > 30 * ratio * ratio,
                "the text colour must appear around the text's place (480, 300)");
        assertTrue(count(img, Color.WHITE, new Rectangle2D.Double(420 * ratio, 280 * ratio, 120 * ratio, 40 * ratio)) > 30 * ratio * ratio,
                "the text's white halo must appear around it");
        assertNear(STROKE, img.getRGB(650 * ratio, 380 * ratio), "the highlight's top edge at (650, 380)");
        Color inside = new Color(img.getRGB(650 * ratio, 420 * ratio));
        assertTrue(inside.getBlue() > inside.getRed() + 20 && inside.getBlue() > 60 && inside.getBlue() < 250,
                "the highlight's fill must tint the map blue yet let it show through, got " + inside);
    }

    static void assertChartIn(BufferedImage img, Rectangle2D box, int ratio, BufferedImage without) {
        Rectangle2D device = new Rectangle2D.Double(box.getX() * ratio, box.getY() * ratio, box.getWidth() * ratio, box.getHeight() * ratio);
        assertTrue(box.getMaxX() < 400 && box.getMinY() > 250 && box.getMaxY() < SlideImages.HEIGHT - 50, "a bottom-left panel must sit bottom left, above the legend, got " + box);
        assertTrue(count(img, ChartPainter.PALETTE.get(0), device) > 100, "the first bar's colour must fill part of the panel " + box);
        assertTrue(count(img, ChartPainter.GENERATED_BADGE, device) > 50, "the 合成数据 badge must be drawn (the parcels are generated)");
        if (without != null) {
            int changed = 0;
            for (int y = (int) device.getMinY(); y < device.getMaxY(); y += 3) {
                for (int x = (int) device.getMinX(); x < device.getMaxX(); x += 3) if (img.getRGB(x, y) != without.getRGB(x, y)) changed++;
            }
            assertTrue(changed > 1000, "the panel area must differ from the map without the chart, " + changed + " samples did");
        }
    }

    @Test
    void storyJsonKeepsAnnotationsAndCharts() throws Exception {
        Briefing b = new Briefing("t", "zh-CN", "me", java.time.Instant.parse("2026-11-28T10:00:00Z"), "OneMap test",
                List.of(annotated(vp).with(null, null, List.of(annotations(vp).get(0), annotations(vp).get(1),
                        new Annotation.Highlight("POINT (112.9 27.8)", 1500, STROKE, new Color(0, 0, 255, 60), "基地")),
                        List.of(new ChartPanel("overview", "population", ChartPanel.Corner.TOP_RIGHT, 260, 180))), plain));
        Briefing back = StoryJson.read(StoryJson.write(b));
        assertEquals(b.slides().get(0).annotations(), back.slides().get(0).annotations());
        assertEquals(b.slides().get(0).charts(), back.slides().get(0).charts());
        assertEquals(b.slides(), back.slides());
        String json = new String(StoryJson.write(b), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"type\" : \"arrow\"") && json.contains("#ff00ff"), json);
    }

    @Test
    void storyWithoutAnnotationsReadsAsBefore() throws Exception {
        String old = new String(StoryJson.write(new Briefing("t", "zh-CN", "", java.time.Instant.now(), "", List.of(plain))), StandardCharsets.UTF_8);
        assertTrue(!old.contains("annotations") && !old.contains("charts"), "an unannotated slide writes the version-1 story unchanged: " + old);
        Slide back = StoryJson.read(old.getBytes(StandardCharsets.UTF_8)).slides().get(0);
        assertEquals(List.of(), back.annotations());
        assertEquals(List.of(), back.charts());
    }

    @Test
    void storyFileComposesSlidesWithTitlesNotesAnnotationsAndCharts() throws Exception {
        Path f = tmp.resolve("story.json");
        Files.writeString(f, """
                {
                  "title": "汇报",
                  // comments are allowed
                  "slides": [
                    {"view": "overview"},
                    {"view": "resources", "title": "耕地", "notes": "看这里", "extent": [112.7, 27.6, 113.0, 27.9],
                     "annotations": [
                       {"type": "arrow", "from": [112.8, 27.8], "to": [112.9, 27.85], "colour": "#ff00ff", "width": 4},
                       {"type": "text", "at": [112.9, 27.9], "text": "粮食基地"},
                       {"type": "highlight", "wkt": "POINT (112.95 27.75)", "radius": 2000, "label": "示范区"}
                     ],
                     "charts": [{"indicator": "parcel_area_by_crop", "corner": "top-left"},
                                {"module": "overview", "indicator": "population", "corner": "bottom-right", "width": 240, "height": 160}]}
                  ]
                }
                """);
        StoryFile story = StoryFile.read(f);
        Briefing b = new BriefingComposer(ws, Locale.CHINA).compose(null, story, "me", LocalDate.of(2026, 11, 28));
        assertEquals("汇报", b.title());
        assertEquals(List.of("overview", "resources"), b.slides().stream().map(Slide::view).toList());
        Slide s = b.slides().get(1);
        assertEquals("耕地", s.title());
        assertEquals("看这里", s.notes());
        assertEquals(3, s.annotations().size());
        assertEquals(new org.locationtech.jts.geom.Envelope(112.7, 113.0, 27.6, 27.9), s.extent(), "the story's own frame");
        assertEquals(new ChartPanel("overview", "population", ChartPanel.Corner.BOTTOM_RIGHT, 240, 160), s.charts().get(1));
        assertEquals(List.of(), b.slides().get(0).charts(), "a story slide without charts gets none");
    }

    @Test
    void malformedStoryFileNamesLineAndColumn() throws Exception {
        Path f = tmp.resolve("bad.json");
        Files.writeString(f, "{\n  \"slides\": [\n    {\"view\": \"resources\",\n     \"annotations\": [{\"type\": \"arrow\", \"from\": [112.8, 27.8], \"to\": [112.9, 27.8], \"colour\": \"red\"}]}\n  ]\n}\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StoryFile.read(f));
        assertTrue(e.getMessage().startsWith(f + ":4:"), "the error must point at line 4: " + e.getMessage());
        assertTrue(e.getMessage().contains("colour 'red'") && e.getMessage().contains("slides[0].annotations[0]"), e.getMessage());

        Files.writeString(f, "{\"slides\": [{\"view\": \"farming\"}]}");
        IllegalArgumentException v = assertThrows(IllegalArgumentException.class, () -> StoryFile.read(f));
        assertTrue(v.getMessage().startsWith(f + ":1:") && v.getMessage().contains("unknown theme 'farming'"), v.getMessage());

        Files.writeString(f, "{\"slides\": [{\"view\": \"overview\", \"extent\": [113, 27, 112, 28]}]}");
        IllegalArgumentException ext = assertThrows(IllegalArgumentException.class, () -> StoryFile.read(f));
        assertTrue(ext.getMessage().contains("'extent'"), ext.getMessage());

        Files.writeString(f, "{\"slides\": [\n{\"view\": \"overview\",, }]}");
        IllegalArgumentException syntax = assertThrows(IllegalArgumentException.class, () -> StoryFile.read(f));
        assertTrue(syntax.getMessage().startsWith(f + ":2:"), syntax.getMessage());
    }

    @Test
    void unknownIndicatorIsRefusedWhenComposing() {
        Slide s = plain.with(null, null, List.of(), List.of(ChartPanel.of("no_such_indicator", null)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SlideRenderer.indicators(ws, s, Locale.CHINA));
        assertTrue(e.getMessage().contains("no_such_indicator") && e.getMessage().contains("parcel_area_by_crop"), e.getMessage());
    }

    static void assertNear(Color expected, int argb, String where) {
        Color c = new Color(argb);
        int d = Math.abs(c.getRed() - expected.getRed()) + Math.abs(c.getGreen() - expected.getGreen()) + Math.abs(c.getBlue() - expected.getBlue());
        assertTrue(d < 40, where + ": expected about " + expected + ", got " + c);
        assertNotEquals(null, c);
    }

    static int count(BufferedImage img, Color colour, Rectangle2D box) {
        int n = 0;
        for (int y = (int) Math.max(0, box.getMinY()); y < Math.min(img.getHeight(), box.getMaxY()); y++) {
            for (int x = (int) Math.max(0, box.getMinX()); x < Math.min(img.getWidth(), box.getMaxX()); x++) {
                if ((img.getRGB(x, y) & 0xffffff) == (colour.getRGB() & 0xffffff)) n++;
            }
        }
        return n;
    }
}
