package org.onemap.app.briefing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.onemap.thematic.module.ThematicModules;

/**
 * A story written by hand for {@code onemap brief export --story F.json}: the slides in order, each a
 * view by name with an optional title, notes, annotations and chart panels (format in
 * {@code docs/briefing-story.md}). The same annotation and chart JSON is kept in a package's
 * {@code story.json}. Every value is checked while reading, so a mistake is reported at its line and column.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StoryFile(String title, List<SlideJson> slides) {
    static final ObjectMapper READER = new ObjectMapper()
            .enable(JsonParser.Feature.ALLOW_COMMENTS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    public StoryFile {
        if (slides == null || slides.isEmpty()) throw new IllegalArgumentException("a story needs a non-empty 'slides' list");
        slides = List.copyOf(slides);
    }

    /** One slide of the story: {@code view} is a thematic view's id; the rest is optional. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SlideJson(String view, String title, String notes, double[] extent, List<AnnotationJson> annotations,
                            List<ChartJson> charts) {
        public SlideJson {
            if (view == null || view.isBlank()) throw new IllegalArgumentException("a slide needs a 'view' (one of " + String.join(", ", ThematicModules.ids()) + ")");
            if (extent != null) extentOrNull(extent); // fails here, where the parser is
            view = ThematicModules.require(view).id();
            annotations = annotations == null ? List.of() : List.copyOf(annotations);
            charts = charts == null ? List.of() : List.copyOf(charts);
        }

        /** The slide's own lon/lat frame {@code [minLon, minLat, maxLon, maxLat]}, or null for the view's. */
        public org.locationtech.jts.geom.Envelope extentOrNull() {
            return extent == null ? null : extentOrNull(extent);
        }

        private static org.locationtech.jts.geom.Envelope extentOrNull(double[] e) {
            if (e.length != 4 || !(e[0] < e[2]) || !(e[1] < e[3]) || e[0] < -180 || e[2] > 180 || e[1] < -85 || e[3] > 85) {
                throw new IllegalArgumentException("'extent' must be [minLon, minLat, maxLon, maxLat] with min < max");
            }
            return new org.locationtech.jts.geom.Envelope(e[0], e[2], e[1], e[3]);
        }

        public List<Annotation> annotationList() {
            return annotations.stream().map(AnnotationJson::toAnnotation).toList();
        }

        public List<ChartPanel> chartList() {
            return charts.stream().map(ChartJson::toPanel).toList();
        }
    }

    /**
     * An annotation as JSON: {@code type} is {@code arrow} (from, to, colour, width), {@code text} (at, text,
     * size, colour, halo) or {@code highlight} (wkt, radius in metres for a POINT circle, stroke, fill, label).
     * Places are {@code [lon, lat]}; colours {@code #rrggbb} or {@code #rrggbbaa}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AnnotationJson(String type, double[] from, double[] to, double[] at, String text, Double size, String colour,
                                 String halo, Double width, String wkt, Double radius, String stroke, String fill, String label) {
        public AnnotationJson {
            build(type, from, to, at, text, size, colour, halo, width, wkt, radius, stroke, fill, label); // fails here, where the parser is
        }

        public Annotation toAnnotation() {
            return build(type, from, to, at, text, size, colour, halo, width, wkt, radius, stroke, fill, label);
        }

        public static AnnotationJson of(Annotation a) {
            if (a instanceof Annotation.Arrow r) {
                return new AnnotationJson("arrow", new double[] {r.fromLon(), r.fromLat()}, new double[] {r.toLon(), r.toLat()},
                        null, null, null, hex(r.colour()), null, r.width(), null, null, null, null, null);
            }
            if (a instanceof Annotation.Text t) {
                return new AnnotationJson("text", null, null, new double[] {t.lon(), t.lat()}, t.text(), t.size(),
                        hex(t.colour()), hex(t.halo()), null, null, null, null, null, null);
            }
            Annotation.Highlight h = (Annotation.Highlight) a;
            return new AnnotationJson("highlight", null, null, null, null, null, null, null, null, h.wkt(),
                    h.radiusMetres() > 0 ? h.radiusMetres() : null, hex(h.stroke()), h.fill() == null ? null : hex(h.fill()),
                    h.label().isEmpty() ? null : h.label());
        }

        private static Annotation build(String type, double[] from, double[] to, double[] at, String text, Double size, String colour,
                                        String halo, Double width, String wkt, Double radius, String stroke, String fill, String label) {
            if (type == null) throw new IllegalArgumentException("an annotation needs a 'type': arrow, text or highlight");
            return switch (type.trim().toLowerCase(Locale.ROOT)) {
                case "arrow" -> new Annotation.Arrow(lon(from, "from"), lat(from, "from"), lon(to, "to"), lat(to, "to"),
                        parseColour(colour, "#d7191c"), width == null ? 3 : width);
                case "text" -> {
                    if (text == null) throw new IllegalArgumentException("a text annotation needs 'text'");
                    yield new Annotation.Text(lon(at, "at"), lat(at, "at"), text, size == null ? 16 : size, parseColour(colour, "#222222"), parseColour(halo, "#ffffff"));
                }
                case "highlight" -> {
                    if (wkt == null) throw new IllegalArgumentException("a highlight needs 'wkt' (a POLYGON, or a POINT with 'radius' in metres)");
                    yield new Annotation.Highlight(wkt, radius == null ? 0 : radius, parseColour(stroke, "#d7191c"), fill == null ? null : parseColour(fill, null), label);
                }
                default -> throw new IllegalArgumentException("unknown annotation type '" + type + "' (expected arrow, text or highlight)");
            };
        }

        private static double lon(double[] p, String field) {
            if (p == null || p.length != 2) throw new IllegalArgumentException("'" + field + "' must be [lon, lat]");
            if (p[0] < -180 || p[0] > 180 || p[1] < -85 || p[1] > 85) throw new IllegalArgumentException("'" + field + "' is not a lon/lat: [" + p[0] + ", " + p[1] + "]");
            return p[0];
        }

        private static double lat(double[] p, String field) {
            lon(p, field);
            return p[1];
        }
    }

    /** A chart panel as JSON: {@code indicator} id, optional {@code module} (default the slide's view), {@code corner}, {@code width}, {@code height}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ChartJson(String module, String indicator, String corner, Integer width, Integer height) {
        public ChartJson {
            if (indicator == null || indicator.isBlank()) throw new IllegalArgumentException("a chart needs an 'indicator' id");
            if (module != null && !module.isBlank()) ThematicModules.require(module);
            toPanel(module, indicator, corner, width, height);
        }

        public ChartPanel toPanel() {
            return toPanel(module, indicator, corner, width, height);
        }

        public static ChartJson of(ChartPanel c) {
            return new ChartJson(c.module(), c.indicator(), c.corner().id(), c.width(), c.height());
        }

        private static ChartPanel toPanel(String module, String indicator, String corner, Integer width, Integer height) {
            return new ChartPanel(module, indicator, corner == null ? null : ChartPanel.Corner.parse(corner),
                    width == null ? ChartPanel.DEFAULT_WIDTH : width, height == null ? ChartPanel.DEFAULT_HEIGHT : height);
        }
    }

    /**
     * Reads and checks a story file.
     *
     * @throws IllegalArgumentException {@code FILE:LINE:COL: what is wrong (at slides[0].charts[1])} when it is malformed
     * @throws IOException when it cannot be read
     */
    public static StoryFile read(Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such story file");
        }
        try {
            return READER.readValue(bytes, StoryFile.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(located(file.toString(), e), e);
        }
    }

    /** {@code name:line:col: message (at path)}, from Jackson's location when it has one. */
    static String located(String name, JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        String where = loc != null && loc.getLineNr() > 0 ? name + ":" + loc.getLineNr() + ":" + loc.getColumnNr() : name;
        String what = e instanceof ValueInstantiationException && e.getCause() instanceof IllegalArgumentException cause
                ? cause.getMessage() : e.getOriginalMessage();
        String path = e instanceof JsonMappingException m ? path(m.getPath()) : "";
        return where + ": " + what + (path.isEmpty() ? "" : " (at " + path + ")");
    }

    private static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder s = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) s.append(s.length() == 0 ? "" : ".").append(r.getFieldName());
            else if (r.getIndex() >= 0) s.append('[').append(r.getIndex()).append(']');
        }
        return s.toString();
    }

    static String hex(Color c) {
        return c.getAlpha() == 255 ? String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue())
                : String.format(Locale.ROOT, "#%02x%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue(), c.getAlpha());
    }

    /** {@code #rgb}, {@code #rrggbb} or {@code #rrggbbaa}; {@code fallback} when absent. */
    static Color parseColour(String s, String fallback) {
        String v = s == null ? fallback : s.trim();
        if (v == null) return null;
        String h = v.startsWith("#") ? v.substring(1) : "";
        if (h.length() == 3) h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
        if ((h.length() != 6 && h.length() != 8) || !h.matches("[0-9a-fA-F]+")) {
            throw new IllegalArgumentException("colour '" + s + "' is not #rrggbb or #rrggbbaa");
        }
        int rgb = Integer.parseInt(h.substring(0, 6), 16);
        int alpha = h.length() == 8 ? Integer.parseInt(h.substring(6), 16) : 255;
        return new Color((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, alpha);
    }

    /** The slides' views, in order. */
    public List<String> views() {
        List<String> out = new ArrayList<>();
        slides.forEach(s -> out.add(s.view()));
        return out;
    }
}
