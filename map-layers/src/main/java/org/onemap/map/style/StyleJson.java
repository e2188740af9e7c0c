package org.onemap.map.style;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON form of a {@link LayerStyle} (documented in {@code map-layers/STYLES.md}), as stored in
 * {@code workspace.json}. Colours are {@code #RRGGBB} or {@code #RRGGBBAA}. Absent members mean "not
 * drawn" / defaults; unknown members are an error so typos do not silently change a map.
 */
public final class StyleJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private StyleJson() {}

    /** Parses a style; throws {@link IllegalArgumentException} naming the offending member. */
    public static LayerStyle read(String json) {
        try {
            return fromTree(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("style is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The style as indented JSON text. */
    public static String write(LayerStyle style) {
        try {
            return MAPPER.writeValueAsString(toTree(style));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The style as a JSON tree, for embedding in a larger document. */
    public static ObjectNode toTree(LayerStyle s) {
        ObjectNode o = MAPPER.createObjectNode();
        if (s.fill() != null) {
            ObjectNode f = o.putObject("fill");
            f.put("color", hex(s.fill().color()));
            f.put("opacity", s.fill().opacity());
            if (s.fill().hatched()) f.put("hatched", true);
        }
        if (s.stroke() != null) {
            ObjectNode st = o.putObject("stroke");
            if (s.stroke().color() != null) st.put("color", hex(s.stroke().color()));
            st.put("width", s.stroke().width());
            if (s.stroke().dashed()) {
                ArrayNode a = st.putArray("dash");
                s.stroke().dash().forEach(a::add);
            }
            if (s.stroke().darkerThanFill()) st.put("darkerThanFill", true);
        }
        if (s.symbol() != null) {
            ObjectNode p = o.putObject("symbol");
            p.put("shape", s.symbol().shape().name().toLowerCase(Locale.ROOT));
            p.put("size", s.symbol().size());
            p.put("fill", hex(s.symbol().fill()));
            if (s.symbol().outline() != null) {
                p.put("outline", hex(s.symbol().outline()));
                p.put("outlineWidth", s.symbol().outlineWidth());
            }
        }
        if (s.label() != null) {
            LabelStyle l = s.label();
            ObjectNode n = o.putObject("label");
            n.put("field", l.field());
            n.put("fontSize", l.fontSize());
            if (l.bold()) n.put("bold", true);
            n.put("color", hex(l.color()));
            if (l.halo() != null) {
                n.put("halo", hex(l.halo()));
                n.put("haloWidth", l.haloWidth());
            }
            if (l.maxScaleDenominator() > 0) n.put("maxScaleDenominator", l.maxScaleDenominator());
            if (l.priority() != 0) n.put("priority", l.priority());
        }
        if (s.categories() != null) {
            ObjectNode c = o.putObject("categories");
            c.put("field", s.categories().field());
            ObjectNode colors = c.putObject("colors");
            s.categories().colors().forEach((k, v) -> colors.put(k, hex(v)));
            c.put("other", hex(s.categories().other()));
        }
        if (s.minScaleDenominator() > 0) o.put("minScaleDenominator", s.minScaleDenominator());
        if (s.maxScaleDenominator() > 0) o.put("maxScaleDenominator", s.maxScaleDenominator());
        return o;
    }

    /** Reads a style from a JSON tree; throws {@link IllegalArgumentException} naming the offending member. */
    public static LayerStyle fromTree(JsonNode o) {
        if (o == null || !o.isObject()) throw new IllegalArgumentException("style must be a JSON object");
        only(o, "", "fill", "stroke", "symbol", "label", "categories", "minScaleDenominator", "maxScaleDenominator");
        try {
            FillStyle fill = null;
            if (o.has("fill")) {
                JsonNode f = object(o, "fill");
                only(f, "fill.", "color", "opacity", "hatched");
                fill = new FillStyle(color(f, "fill.color", true), number(f, "opacity", "fill.opacity", 1),
                        f.path("hatched").asBoolean(false));
            }
            StrokeStyle stroke = null;
            if (o.has("stroke")) {
                JsonNode st = object(o, "stroke");
                only(st, "stroke.", "color", "width", "dash", "darkerThanFill");
                List<Double> dash = new ArrayList<>();
                for (JsonNode d : st.path("dash")) dash.add(d.asDouble());
                stroke = new StrokeStyle(color(st, "stroke.color", false), number(st, "width", "stroke.width", 1), dash,
                        st.path("darkerThanFill").asBoolean(false));
            }
            PointSymbol symbol = null;
            if (o.has("symbol")) {
                JsonNode p = object(o, "symbol");
                only(p, "symbol.", "shape", "size", "fill", "outline", "outlineWidth");
                symbol = new PointSymbol(shape(p.path("shape").asText("circle")), number(p, "size", "symbol.size", 6),
                        color(p, "symbol.fill", true), color(p, "symbol.outline", false),
                        number(p, "outlineWidth", "symbol.outlineWidth", 1));
            }
            LabelStyle label = null;
            if (o.has("label")) {
                JsonNode n = object(o, "label");
                only(n, "label.", "field", "fontSize", "bold", "color", "halo", "haloWidth", "maxScaleDenominator", "priority");
                if (!n.path("field").isTextual()) throw new IllegalArgumentException("label.field: required text");
                Color c = color(n, "label.color", false);
                label = new LabelStyle(n.get("field").asText(), number(n, "fontSize", "label.fontSize", 12),
                        n.path("bold").asBoolean(false), c == null ? new Color(0x222222) : c, color(n, "label.halo", false),
                        number(n, "haloWidth", "label.haloWidth", 2), number(n, "maxScaleDenominator", "label.maxScaleDenominator", 0),
                        n.path("priority").asInt(0));
            }
            CategoryColors categories = null;
            if (o.has("categories")) {
                JsonNode c = object(o, "categories");
                only(c, "categories.", "field", "colors", "other");
                if (!c.path("field").isTextual()) throw new IllegalArgumentException("categories.field: required text");
                Map<String, Color> colors = new LinkedHashMap<>();
                Iterator<Map.Entry<String, JsonNode>> it = c.path("colors").fields();
                while (it.hasNext()) {
                    var e = it.next();
                    colors.put(e.getKey(), parseColor(e.getValue().asText(), "categories.colors." + e.getKey()));
                }
                Color other = color(c, "categories.other", false);
                categories = new CategoryColors(c.get("field").asText(), colors, other == null ? new Color(0xBDBDBD) : other);
            }
            return new LayerStyle(fill, stroke, symbol, label, categories,
                    number(o, "minScaleDenominator", "minScaleDenominator", 0),
                    number(o, "maxScaleDenominator", "maxScaleDenominator", 0));
        } catch (NullPointerException e) {
            throw new IllegalArgumentException("style member missing: " + e.getMessage(), e);
        }
    }

    /** {@code #RRGGBB}, or {@code #RRGGBBAA} when the colour is translucent. */
    public static String hex(Color c) {
        String rgb = String.format(Locale.ROOT, "#%02X%02X%02X", c.getRed(), c.getGreen(), c.getBlue());
        return c.getAlpha() == 255 ? rgb : rgb + String.format(Locale.ROOT, "%02X", c.getAlpha());
    }

    /** Parses {@code #RGB}, {@code #RRGGBB} or {@code #RRGGBBAA}. */
    public static Color parseColor(String text, String where) {
        String t = text == null ? "" : text.trim();
        if (t.startsWith("#")) t = t.substring(1);
        try {
            if (t.length() == 3) {
                int v = Integer.parseInt(t, 16);
                return new Color(((v >> 8) & 0xF) * 17, ((v >> 4) & 0xF) * 17, (v & 0xF) * 17);
            }
            if (t.length() == 6) return new Color(Integer.parseInt(t, 16));
            if (t.length() == 8) {
                long v = Long.parseLong(t, 16);
                return new Color((int) (v >> 24) & 0xFF, (int) (v >> 16) & 0xFF, (int) (v >> 8) & 0xFF, (int) v & 0xFF);
            }
        } catch (NumberFormatException ignored) {
            // fall through to the message below
        }
        throw new IllegalArgumentException(where + ": not a colour '" + text + "' (use #RRGGBB or #RRGGBBAA)");
    }

    private static SymbolShape shape(String s) {
        try {
            return SymbolShape.valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("symbol.shape: unknown shape '" + s + "' (circle, square, triangle, diamond)");
        }
    }

    private static JsonNode object(JsonNode o, String member) {
        JsonNode n = o.get(member);
        if (!n.isObject()) throw new IllegalArgumentException(member + ": must be an object");
        return n;
    }

    private static Color color(JsonNode o, String where, boolean required) {
        JsonNode n = o.get(where.substring(where.lastIndexOf('.') + 1));
        if (n == null || n.isNull()) {
            if (required) throw new IllegalArgumentException(where + ": required colour");
            return null;
        }
        return parseColor(n.asText(), where);
    }

    private static double number(JsonNode o, String member, String where, double dflt) {
        JsonNode n = o.get(member);
        if (n == null || n.isNull()) return dflt;
        if (!n.isNumber()) throw new IllegalArgumentException(where + ": must be a number, got " + n);
        return n.asDouble();
    }

    private static void only(JsonNode o, String prefix, String... allowed) {
        List<String> ok = List.of(allowed);
        o.fieldNames().forEachRemaining(name -> {
            if (!ok.contains(name)) {
                throw new IllegalArgumentException(prefix + name + ": unknown style member (allowed: " + String.join(", ", ok) + ")");
            }
        });
    }
}
