package org.onemap.app.briefing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.DataSource;
import org.onemap.core.spi.FeatureSource;
import org.onemap.map.render.RenderLayer;
import org.onemap.map.style.StyleJson;
import org.onemap.thematic.module.ThematicModules;

/**
 * Writes a {@code .onemap-brief}: one zip a leader opens with no workspace and no network.
 * <pre>
 *   manifest.json            format, creation info (who, when, app version), SHA-256 and size of every other entry
 *   story.json               the briefing: slides with view, title, notes, date, extent, layers, sources, legend,
 *                            and (when present) annotations and charts (see docs/briefing-story.md)
 *   styles.json              per slide, the render layers as drawn: name, title, visibility, opacity, generated, style
 *   data/&lt;layer&gt;.geojson     each layer the views read, clipped to the views' extents (see {@link LayerGeoJson})
 *   previews/slide-NN.png    each slide pre-rendered (1067 × 600)
 * </pre>
 * Clipping keeps whole features whose geometry meets the extent of a slide that reads the layer (no
 * cut polygons: areas stay true). Styles are not read back: the thematic module named by each
 * slide derives them again from the packaged data, as it does from the workspace; {@code styles.json}
 * records what they were (map-layers' style JSON) for other tools and for checking.
 */
public final class BriefingPackage {
    public static final String EXTENSION = ".onemap-brief";
    public static final String FORMAT = "onemap-brief";
    public static final int FORMAT_VERSION = 1;
    static final String MANIFEST = "manifest.json";
    static final String STORY = "story.json";
    static final String STYLES = "styles.json";

    private BriefingPackage() {}

    /** Writes the package of {@code briefing} with data read from {@code workspace}. */
    public static void write(Briefing briefing, DataSource workspace, Path out) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(STORY, StoryJson.write(briefing));
        entries.put(STYLES, styles(briefing, workspace));
        for (Map.Entry<String, List<Envelope>> layer : extentsByLayer(briefing).entrySet()) {
            FeatureSource src = workspace.layer(layer.getKey());
            entries.put("data/" + layer.getKey() + ".geojson", LayerGeoJson.write(src.schema(), clip(src, layer.getValue())));
        }
        SlideRenderer renderer = new SlideRenderer();
        Locale locale = Locale.forLanguageTag(briefing.locale());
        for (int i = 0; i < briefing.slides().size(); i++) {
            BufferedImage img = renderer.render(workspace, briefing.slides().get(i), SlideImages.WIDTH, SlideImages.HEIGHT, 1, locale).image();
            entries.put(previewName(i), png(img));
        }
        byte[] manifest = manifest(briefing, entries);
        try (OutputStream o = Files.newOutputStream(out); ZipOutputStream zip = new ZipOutputStream(o)) {
            put(zip, MANIFEST, manifest);
            for (Map.Entry<String, byte[]> e : entries.entrySet()) put(zip, e.getKey(), e.getValue());
        }
    }

    private static byte[] styles(Briefing b, DataSource workspace) throws IOException {
        Locale locale = Locale.forLanguageTag(b.locale());
        ObjectNode root = StoryJson.JSON.createObjectNode();
        ArrayNode slides = root.putArray("slides");
        for (Slide s : b.slides()) {
            ObjectNode o = slides.addObject();
            o.put("view", s.view());
            ArrayNode layers = o.putArray("layers");
            for (RenderLayer l : ThematicModules.require(s.view()).map(workspace, locale).layers()) {
                ObjectNode n = layers.addObject();
                n.put("name", l.name());
                n.put("title", l.titleIn(locale));
                n.put("visible", l.visible());
                n.put("opacity", l.opacity());
                n.put("generated", l.generated());
                n.set("style", StyleJson.toTree(l.style()));
            }
        }
        return StoryJson.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }

    static String previewName(int index) {
        return String.format(Locale.ROOT, "previews/slide-%02d.png", index + 1);
    }

    private static Map<String, List<Envelope>> extentsByLayer(Briefing b) {
        Map<String, List<Envelope>> out = new LinkedHashMap<>();
        for (Slide s : b.slides()) {
            Set<String> layers = new LinkedHashSet<>(s.layers());
            // a chart of another module reads that module's layers: pack them too, or the opened briefing could not draw it
            for (ChartPanel c : s.charts()) layers.addAll(ThematicModules.require(c.moduleOr(s.view())).requiredLayers());
            for (String l : layers) out.computeIfAbsent(l, k -> new ArrayList<>()).add(s.extent());
        }
        return out;
    }

    private static List<Feature> clip(FeatureSource src, List<Envelope> extents) {
        Map<String, Feature> byId = new LinkedHashMap<>();
        List<Feature> noId = new ArrayList<>();
        for (Envelope e : extents) {
            src.read(Query.bbox(e), f -> {
                if (f.id() == null) noId.add(f);
                else byId.putIfAbsent(f.id(), f);
            });
        }
        List<Feature> out = new ArrayList<>(byId.values());
        out.addAll(noId);
        return out;
    }

    private static byte[] manifest(Briefing b, Map<String, byte[]> entries) throws IOException {
        ObjectNode m = StoryJson.JSON.createObjectNode();
        m.put("format", FORMAT);
        m.put("formatVersion", FORMAT_VERSION);
        ObjectNode created = m.putObject("created");
        created.put("by", b.author());
        created.put("at", Instant.now().toString());
        created.put("app", Briefing.currentAppVersion());
        m.put("title", b.title());
        m.put("slides", b.slides().size());
        ArrayNode list = m.putArray("entries");
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            list.addObject().put("path", e.getKey()).put("sha256", sha256(e.getValue())).put("size", e.getValue().length);
        }
        return StoryJson.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(m);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    private static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        ImageIO.write(img, "png", b);
        return b.toByteArray();
    }
}
