package org.onemap.app.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onemap.datasources.h2gis.H2gisWorkspace;
import org.onemap.map.render.MapComposer;

/**
 * A {@code .onemap-brief} made from a seeded workspace opens from the file alone (the workspace is
 * deleted first) and every slide renders from the packaged data; damaged or edited packages are refused.
 */
class BriefingPackageTest {
    private static final List<String> VIEWS = List.of("overview", "resources");

    @TempDir
    static Path tmp;

    static Path pkg;
    static Briefing briefing;

    @BeforeAll
    static void export() throws Exception {
        Path folder = tmp.resolve("ws");
        try (H2gisWorkspace ws = SeededWorkspace.open(folder)) {
            briefing = new BriefingComposer(ws, Locale.CHINA).compose(null, VIEWS, "tester", LocalDate.of(2026, 11, 28));
            pkg = tmp.resolve("brief" + BriefingPackage.EXTENSION);
            BriefingPackage.write(briefing, ws, pkg);
        }
        // no workspace left to fall back on: the package must carry everything
        try (var files = Files.walk(folder)) {
            files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        }
        assertFalse(Files.exists(folder));
    }

    @Test
    void packageHoldsManifestStoryPreviewsAndClippedLayers() throws Exception {
        try (ZipFile zip = new ZipFile(pkg.toFile())) {
            assertTrue(zip.getEntry("manifest.json") != null && zip.getEntry("story.json") != null, "manifest and story expected");
            assertTrue(zip.getEntry("previews/slide-01.png") != null && zip.getEntry("previews/slide-02.png") != null, "one preview per slide");
            assertTrue(zip.getEntry("data/parcel.geojson") != null, "the parcels the resources view shows must be packaged");
            String manifest = new String(zip.getInputStream(zip.getEntry("manifest.json")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(manifest.contains("\"by\" : \"tester\"") && manifest.contains("\"app\" : \"OneMap "), "creation info missing:\n" + manifest);
            assertTrue(manifest.contains("\"sha256\""), manifest);
            // styles.json: per slide the layers as drawn, each style in map-layers' style JSON (which reads back)
            var styles = new com.fasterxml.jackson.databind.ObjectMapper().readTree(zip.getInputStream(zip.getEntry("styles.json")));
            assertEquals(VIEWS.size(), styles.path("slides").size(), "one styles block per slide");
            for (var slide : styles.path("slides")) {
                assertTrue(slide.path("layers").size() > 0, "no layers recorded for " + slide.path("view"));
                for (var layer : slide.path("layers")) org.onemap.map.style.StyleJson.fromTree(layer.path("style"));
            }
        }
    }

    @Test
    void opensWithoutAnyWorkspaceAndRendersEverySlideFromThePackagedData() throws Exception {
        OpenedBriefing opened = OpenedBriefing.open(pkg);
        assertEquals(VIEWS, opened.briefing().slides().stream().map(Slide::view).toList());
        assertEquals("tester", opened.createdBy());
        assertFalse(opened.data() instanceof H2gisWorkspace, "the packaged data must not be a workspace");
        SlideImages images = new SlideImages(opened.data(), Locale.CHINA);
        for (int i = 0; i < VIEWS.size(); i++) {
            Slide s = opened.briefing().slides().get(i);
            BufferedImage img = images.image(s, 96);
            MapComposer.writePng(img, tmp.resolve("from-package-" + s.view() + ".png"));
            assertEquals(SlideImages.WIDTH, img.getWidth());
            assertTrue(SeededWorkspace.colours(img) > 20, "slide " + s.view() + " renders blank from the package");
            // the packaged subset draws the same map as the workspace did when the preview was made
            BufferedImage preview = ImageIO.read(new ByteArrayInputStream(opened.preview(i)));
            double differing = differingShare(preview, img);
            assertTrue(differing < 0.01, "slide " + s.view() + ": " + Math.round(differing * 1000) / 10.0
                    + " % of pixels differ from the workspace preview; the package lacks data the view shows");
        }
    }

    @Test
    void truncatedPackageIsRefusedAsCorrupt() throws Exception {
        byte[] all = Files.readAllBytes(pkg);
        Path cut = tmp.resolve("cut" + BriefingPackage.EXTENSION);
        Files.write(cut, Arrays.copyOf(all, all.length / 2));
        BriefingPackageException e = assertThrows(BriefingPackageException.class, () -> OpenedBriefing.open(cut));
        assertTrue(e.getMessage().contains("corrupt briefing package") && e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void fileThatIsNotAZipIsRefusedAsCorrupt() throws Exception {
        Path text = tmp.resolve("notes" + BriefingPackage.EXTENSION);
        Files.writeString(text, "not a briefing");
        BriefingPackageException e = assertThrows(BriefingPackageException.class, () -> OpenedBriefing.open(text));
        assertTrue(e.getMessage().contains("corrupt briefing package"), e.getMessage());
    }

    @Test
    void modifiedEntryIsRefusedAsTamperedNamingTheEntry() throws Exception {
        Path edited = rewrite("edited", m -> {
            m.put("story.json", new String(m.get("story.json"), StandardCharsets.UTF_8).replace("农业资源", "农业资源（已改）")
                    .getBytes(StandardCharsets.UTF_8));
            return m;
        });
        BriefingPackageException e = assertThrows(BriefingPackageException.class, () -> OpenedBriefing.open(edited));
        assertTrue(e.getMessage().contains("tampered briefing package") && e.getMessage().contains("checksum mismatch for 'story.json'"),
                e.getMessage());
    }

    @Test
    void addedOrRemovedEntryIsRefusedAsTampered() throws Exception {
        Path added = rewrite("added", m -> {
            m.put("data/extra.geojson", "{}".getBytes(StandardCharsets.UTF_8));
            return m;
        });
        BriefingPackageException a = assertThrows(BriefingPackageException.class, () -> OpenedBriefing.open(added));
        assertTrue(a.getMessage().contains("'data/extra.geojson' is not listed in the manifest"), a.getMessage());
        Path removed = rewrite("removed", m -> {
            m.remove("data/parcel.geojson");
            return m;
        });
        BriefingPackageException r = assertThrows(BriefingPackageException.class, () -> OpenedBriefing.open(removed));
        assertTrue(r.getMessage().contains("'data/parcel.geojson' listed in the manifest is missing"), r.getMessage());
    }

    /** A copy of the package with its entries changed by {@code edit} (the manifest kept as it was). */
    private static Path rewrite(String name, UnaryOperator<Map<String, byte[]>> edit) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(pkg.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(e)) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
        }
        Path out = tmp.resolve(name + BriefingPackage.EXTENSION);
        try (OutputStream o = Files.newOutputStream(out); ZipOutputStream zip = new ZipOutputStream(o)) {
            for (Map.Entry<String, byte[]> e : edit.apply(entries).entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out;
    }

    private static double differingShare(BufferedImage a, BufferedImage b) {
        assertEquals(a.getWidth(), b.getWidth());
        assertEquals(a.getHeight(), b.getHeight());
        long diff = 0;
        for (int y = 0; y < a.getHeight(); y++) for (int x = 0; x < a.getWidth(); x++) if (a.getRGB(x, y) != b.getRGB(x, y)) diff++;
        return diff / (double) ((long) a.getWidth() * a.getHeight());
    }
}
