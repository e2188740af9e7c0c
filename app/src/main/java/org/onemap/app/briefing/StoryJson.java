package org.onemap.app.briefing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/** The story ({@code story.json} of a package): the briefing and its slides as plain JSON. */
final class StoryJson {
    static final ObjectMapper JSON = new ObjectMapper();

    private StoryJson() {}

    static byte[] write(Briefing b) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("title", b.title());
        root.put("locale", b.locale());
        root.put("author", b.author());
        root.put("created", b.created().toString());
        root.put("appVersion", b.appVersion());
        ArrayNode slides = root.putArray("slides");
        for (Slide s : b.slides()) {
            ObjectNode o = slides.addObject();
            o.put("view", s.view());
            o.put("title", s.title());
            o.put("notes", s.notes());
            o.put("date", s.date().toString());
            Envelope e = s.extent();
            o.putArray("extent").add(e.getMinX()).add(e.getMinY()).add(e.getMaxX()).add(e.getMaxY());
            strings(o.putArray("layers"), s.layers());
            strings(o.putArray("sources"), s.sources());
            o.put("generatedData", s.generatedData());
            strings(o.putArray("legend"), s.legend());
            // written only when present, so a story without them reads as before
            if (!s.annotations().isEmpty()) {
                o.set("annotations", JSON.valueToTree(s.annotations().stream().map(StoryFile.AnnotationJson::of).toList()));
            }
            if (!s.charts().isEmpty()) o.set("charts", JSON.valueToTree(s.charts().stream().map(StoryFile.ChartJson::of).toList()));
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }

    /** Reads a story; throws {@link IllegalArgumentException} naming what is missing or malformed. */
    static Briefing read(byte[] bytes) throws IOException {
        JsonNode root = JSON.readTree(bytes);
        List<Slide> slides = new ArrayList<>();
        for (JsonNode o : need(root, "slides")) {
            JsonNode e = need(o, "extent");
            if (e.size() != 4) throw new IllegalArgumentException("slide extent must be [minLon, minLat, maxLon, maxLat]");
            slides.add(new Slide(text(o, "view"), text(o, "title"), o.path("notes").asText(""), LocalDate.parse(text(o, "date")),
                    new Envelope(e.get(0).asDouble(), e.get(2).asDouble(), e.get(1).asDouble(), e.get(3).asDouble()),
                    strings(o.path("layers")), strings(o.path("sources")), o.path("generatedData").asBoolean(false),
                    strings(o.path("legend")), annotations(o.path("annotations")), charts(o.path("charts"))));
        }
        return new Briefing(text(root, "title"), text(root, "locale"), root.path("author").asText(""),
                Instant.parse(text(root, "created")), root.path("appVersion").asText(""), slides);
    }

    /** Missing (older packages) reads as none. */
    private static List<Annotation> annotations(JsonNode a) throws IOException {
        List<Annotation> out = new ArrayList<>();
        for (JsonNode n : a) out.add(JSON.treeToValue(n, StoryFile.AnnotationJson.class).toAnnotation());
        return out;
    }

    private static List<ChartPanel> charts(JsonNode a) throws IOException {
        List<ChartPanel> out = new ArrayList<>();
        for (JsonNode n : a) out.add(JSON.treeToValue(n, StoryFile.ChartJson.class).toPanel());
        return out;
    }

    private static JsonNode need(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) throw new IllegalArgumentException("story.json lacks '" + field + "'");
        return v;
    }

    private static String text(JsonNode o, String field) {
        return need(o, field).asText();
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }

    private static List<String> strings(JsonNode a) {
        List<String> out = new ArrayList<>();
        a.forEach(v -> out.add(v.asText()));
        return out;
    }
}
