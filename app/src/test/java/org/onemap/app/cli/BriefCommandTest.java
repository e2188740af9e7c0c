package org.onemap.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onemap.app.briefing.BriefingComposer;
import org.onemap.app.briefing.ChartPanel;
import org.onemap.app.briefing.OpenedBriefing;
import org.onemap.app.briefing.SlideImages;
import org.onemap.app.briefing.Slide;
import org.onemap.app.briefing.SlideRenderer;
import org.onemap.app.workspace.WorkspaceService;
import org.onemap.datasources.h2gis.H2gisWorkspace;
import org.onemap.thematic.module.ThematicModules;

/** {@code onemap brief export|info|render}: the CLI contract for briefings (exit 0 ok, 1 error, 2 usage). */
class BriefCommandTest {
    @TempDir
    static Path tmp;

    static String ws;
    static Path pkg;

    @BeforeAll
    static void exportPackage() {
        System.setProperty(WorkspaceService.SEED_PARCELS_PROPERTY, "800");
        ws = tmp.resolve("ws").toString();
        pkg = tmp.resolve("brief.onemap-brief");
        CliRun r = CliRun.of("brief", "export", "--out", pkg.toString(), "--views", "overview,resources", "--workspace", ws);
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("2 slides"), r::toString);
    }

    @Test
    void exportsPdfAndPptxWithOneSlidePerView() throws Exception {
        Path pdf = tmp.resolve("brief.pdf");
        CliRun p = CliRun.of("brief", "export", "--views", "overview,resources", "--out", pdf.toString(), "--workspace", ws);
        assertEquals(0, p.exit(), p::toString);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(2, doc.getNumberOfPages());
        }
        Path pptx = tmp.resolve("brief.pptx");
        CliRun x = CliRun.of("--workspace", ws, "brief", "export", "--out", pptx.toString(), "--views", "resources");
        assertEquals(0, x.exit(), x::toString);
        try (InputStream in = Files.newInputStream(pptx); XMLSlideShow ppt = new XMLSlideShow(in)) {
            assertEquals(1, ppt.getSlides().size());
        }
        try (Stream<Path> files = Files.list(tmp)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".part")), "a partial export file was left behind");
        }
    }

    @Test
    void infoListsTheViewsAndCreationInfo() {
        CliRun r = CliRun.of("brief", "info", pkg.toString());
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("1. overview") && r.out().contains("2. resources"), r::toString);
        assertTrue(r.out().contains("农业资源"), r::toString);
        assertTrue(r.out().contains("verified:") && r.out().contains("OneMap "), r::toString);
    }

    @Test
    void infoRefusesTruncatedAndTamperedPackagesWithExit1() throws Exception {
        byte[] all = Files.readAllBytes(pkg);
        Path cut = tmp.resolve("cut.onemap-brief");
        Files.write(cut, Arrays.copyOf(all, all.length - 100));
        CliRun c = CliRun.of("brief", "info", cut.toString());
        assertEquals(1, c.exit(), c::toString);
        assertTrue(c.err().startsWith("onemap: error: ") && c.err().contains("corrupt briefing package"), c::toString);

        // edit story.json inside a copy (the manifest untouched): the zip still opens, the checksum fails
        Path bad = tmp.resolve("bad.onemap-brief");
        Files.write(bad, all);
        try (var fs = java.nio.file.FileSystems.newFileSystem(bad)) {
            Path story = fs.getPath("story.json");
            Files.writeString(story, Files.readString(story, StandardCharsets.UTF_8).replace("农业资源", "伪造"), StandardCharsets.UTF_8);
        }
        CliRun t = CliRun.of("brief", "info", bad.toString());
        assertEquals(1, t.exit(), t::toString);
        assertTrue(t.err().contains("tampered briefing package") && t.err().contains("story.json"), t::toString);
    }

    @Test
    void unknownViewOrFormatIsAUsageError() {
        CliRun v = CliRun.of("brief", "export", "--out", tmp.resolve("x.pdf").toString(), "--views", "overview,farming", "--workspace", ws);
        assertEquals(2, v.exit(), v::toString);
        assertTrue(v.err().contains("unknown view 'farming'") && v.err().contains("resources"), v::toString);
        CliRun f = CliRun.of("brief", "export", "--out", tmp.resolve("x.docx").toString(), "--views", "overview", "--workspace", ws);
        assertEquals(2, f.exit(), f::toString);
        CliRun d = CliRun.of("brief", "export", "--out", tmp.resolve("x.pdf").toString(), "--views", "overview", "--dpi", "200", "--workspace", ws);
        assertEquals(2, d.exit(), d::toString);
        assertEquals(2, CliRun.of("brief").exit());
        assertFalse(Files.exists(tmp.resolve("x.pdf")));
    }

    @Test
    void packageRendersInAFreshJvmWithAnEmptyHomeAndNoWorkspace() throws Exception {
        Path home = Files.createDirectories(tmp.resolve("fresh-home"));
        Path out = tmp.resolve("slides");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + home, "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                "org.onemap.app.Main", "brief", "render", pkg.toString(), "--out", out.toString());
        pb.environment().put("ONEMAP_HOME", home.toString());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "brief render did not finish:\n" + log);
        assertEquals(0, p.exitValue(), log);
        for (int i = 1; i <= 2; i++) {
            File png = out.resolve("slide-0" + i + ".png").toFile();
            BufferedImage img = ImageIO.read(png);
            assertTrue(img != null && colours(img) > 20, "slide " + i + " is missing or blank:\n" + log);
        }
        try (Stream<Path> left = Files.walk(home)) {
            List<Path> made = left.filter(f -> !f.equals(home) && f.toString().contains("onemap")).toList();
            assertEquals(List.of(), made, "opening a briefing must not create a workspace");
        }
    }

    @Test
    void slideRendererDrawsTheSamePixelsAsRenderTheme() throws Exception {
        try (H2gisWorkspace w = WorkspaceService.openOrSeed(Path.of(ws), s -> { }, true)) {
            Slide slide = new BriefingComposer(w, Locale.CHINA).compose(null, List.of("resources"), "", java.time.LocalDate.now()).slides().get(0);
            BufferedImage brief = new SlideRenderer().render(w, slide, 900, 600, 1, Locale.CHINA).image();
            Path png = tmp.resolve("theme.png");
            ThemeRender.write(ThematicModules.require("resources"), w, null, new int[] {900, 600}, null, Locale.CHINA, png);
            BufferedImage theme = ImageIO.read(png.toFile());
            long diff = 0;
            for (int y = 0; y < 600; y++) for (int x = 0; x < 900; x++) if (brief.getRGB(x, y) != theme.getRGB(x, y)) diff++;
            assertEquals(0, diff, "a briefing slide must be the map 'onemap render --theme resources' draws");
        }
    }

    static final String STORY = """
            {
              "title": "标注汇报",
              "slides": [
                {"view": "resources", "title": "耕地与作物", "notes": "看箭头",
                 "annotations": [
                   {"type": "arrow", "from": [112.55, 27.95], "to": [112.75, 27.85], "colour": "#ff00ff", "width": 6},
                   {"type": "text", "at": [112.6, 28.0], "text": "粮食生产功能区", "colour": "#00e5ee"},
                   {"type": "highlight", "wkt": "POINT (112.8 27.82)", "radius": 6000, "stroke": "#ffd700", "label": "示范区"}
                 ],
                 "charts": [{"indicator": "parcel_area_by_crop", "corner": "top-left"}]},
                {"view": "overview"}
              ]
            }
            """;

    @Test
    void storyExportKeepsAnnotationsAndChartsThroughThePackage() throws Exception {
        Path story = Files.writeString(tmp.resolve("story.json"), STORY);
        Path out = tmp.resolve("story.onemap-brief");
        CliRun r = CliRun.of("brief", "export", "--story", story.toString(), "--out", out.toString(), "--workspace", ws);
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("2 slides: resources, overview"), r::toString);

        OpenedBriefing opened = OpenedBriefing.open(out);
        assertEquals("标注汇报", opened.briefing().title());
        Slide slide = opened.briefing().slides().get(0);
        assertEquals("耕地与作物", slide.title());
        assertEquals(3, slide.annotations().size(), "annotations must survive the package: " + slide.annotations());
        assertEquals(List.of(new ChartPanel(null, "parcel_area_by_crop", ChartPanel.Corner.TOP_LEFT, 300, 200)), slide.charts());

        Locale zh = Locale.forLanguageTag(opened.briefing().locale());
        SlideRenderer.RenderedSlide drawn = new SlideRenderer().renderSlide(opened.data(), slide, SlideImages.WIDTH, SlideImages.HEIGHT, 1, zh);
        Point2D.Double a = drawn.viewport().toPixel(112.55, 27.95), b = drawn.viewport().toPixel(112.75, 27.85);
        int mx = (int) Math.round((a.x + b.x) / 2), my = (int) Math.round((a.y + b.y) / 2);
        BufferedImage preview = ImageIO.read(new java.io.ByteArrayInputStream(opened.preview(0)));
        for (BufferedImage img : List.of(drawn.map().image(), preview)) {
            assertEquals(0xff00ff, img.getRGB(mx, my) & 0xffffff, "the arrow must cross its projected midpoint (" + mx + ", " + my + ")");
        }
        BufferedImage noChart = new SlideRenderer().render(opened.data(), slide.with(null, null, slide.annotations(), List.of()),
                SlideImages.WIDTH, SlideImages.HEIGHT, 1, zh).image();
        Rectangle2D box = drawn.charts().get(0);
        int changed = 0;
        for (int y = (int) box.getMinY(); y < box.getMaxY(); y += 4) {
            for (int x = (int) box.getMinX(); x < box.getMaxX(); x += 4) if (drawn.map().image().getRGB(x, y) != noChart.getRGB(x, y)) changed++;
        }
        assertTrue(changed > 1000, "the chart panel must be drawn in " + box + " of the opened briefing, " + changed + " samples differ");

        Path pdf = tmp.resolve("story.pdf");
        CliRun p = CliRun.of("brief", "export", "--story", story.toString(), "--out", pdf.toString(), "--workspace", ws);
        assertEquals(0, p.exit(), p::toString);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(2, doc.getNumberOfPages(), "one page per story slide");
        }
    }

    @Test
    void malformedStoryIsAUsageErrorNamingLineAndColumn() throws Exception {
        Path story = Files.writeString(tmp.resolve("bad-story.json"), "{\n  \"slides\": [\n    {\"view\": \"resources\", \"charts\": [{\"corner\": \"middle\", \"indicator\": \"x\"}]}\n  ]\n}\n");
        CliRun r = CliRun.of("brief", "export", "--story", story.toString(), "--out", tmp.resolve("bad.pdf").toString(), "--workspace", ws);
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains(story + ":3:") && r.err().contains("unknown corner 'middle'"), r::toString);

        Files.writeString(story, "{\"slides\": [{\"view\": \"resources\", \"charts\": [{\"indicator\": \"no_such\"}]}]}");
        CliRun i = CliRun.of("brief", "export", "--story", story.toString(), "--out", tmp.resolve("bad.pdf").toString(), "--workspace", ws);
        assertEquals(2, i.exit(), i::toString);
        assertTrue(i.err().contains("no_such") && i.err().contains("parcel_area_by_crop"), i::toString);

        CliRun both = CliRun.of("brief", "export", "--story", story.toString(), "--views", "overview", "--out", tmp.resolve("bad.pdf").toString());
        assertEquals(2, both.exit(), both::toString);
        assertFalse(Files.exists(tmp.resolve("bad.pdf")));
    }

    @Test
    void viewsExportGivesEachSlideADefaultChart() {
        OpenedBriefing opened = OpenedBriefing.open(pkg);
        for (Slide s : opened.briefing().slides()) {
            assertEquals(1, s.charts().size(), "slide '" + s.view() + "' should carry its module's first charted indicator: " + s.charts());
        }
    }

    private static int colours(BufferedImage img) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 7) for (int x = 0; x < img.getWidth(); x += 7) seen.add(img.getRGB(x, y));
        return seen.size();
    }
}
