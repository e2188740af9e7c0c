package org.onemap.dataimport.geojson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Reads a GeoJSON FeatureCollection one feature at a time with Jackson's streaming parser, so a 1 GB
 * file costs the memory of one feature, not of the document. The top-level members before
 * {@code "features"} are read as they come ({@code type}, {@code crs}); a {@code crs} written after the
 * features (rare, but legal JSON) is found by scanning past them once, and only when the file's tail
 * mentions {@code "crs"}. A document that is a single Feature or a bare geometry is small: it is read
 * whole ({@link #document()}).
 */
final class GeoJsonStream implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int TAIL = 64 * 1024;

    private final Path file;
    private final JsonParser parser;
    private String type;
    private JsonNode crs;
    private JsonNode document;
    private boolean inFeatures;
    private long features;

    private GeoJsonStream(Path file, JsonParser parser) {
        this.file = file;
        this.parser = parser;
    }

    /** Opens {@code file} and reads the members up to the features. */
    static GeoJsonStream open(Path file) throws IOException {
        JsonParser p = new JsonFactory(JSON).createParser(file.toFile());
        GeoJsonStream s = new GeoJsonStream(file, p);
        try {
            s.readHead();
        } catch (JsonProcessingException e) {
            p.close();
            throw s.invalid(e);
        } catch (IOException | RuntimeException e) {
            p.close();
            throw e;
        }
        return s;
    }

    private void readHead() throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) throw new IOException(name() + ": not a GeoJSON document (no \"type\")");
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String member = parser.currentName();
            JsonToken value = parser.nextToken();
            if (member.equals("type") && value == JsonToken.VALUE_STRING) {
                type = parser.getText();
            } else if (member.equals("crs")) {
                crs = JSON.readTree(parser);
            } else if (member.equals("features") && value == JsonToken.START_ARRAY && (type == null || type.equals("FeatureCollection"))) {
                inFeatures = true;
                if (crs == null && tailMentionsCrs()) crs = crsAfterFeatures();
                if (type == null) type = "FeatureCollection";
                return;
            } else {
                parser.skipChildren();
            }
        }
        // no feature array: a single Feature or a bare geometry, small by nature; read it whole
        parser.close();
        document = JSON.readTree(file.toFile());
        if (document == null || !document.isObject() || !document.has("type")) throw new IOException(name() + ": not a GeoJSON document (no \"type\")");
        type = document.path("type").asText();
        crs = document.get("crs");
    }

    private boolean tailMentionsCrs() throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long len = raf.length();
            int n = (int) Math.min(TAIL, len);
            byte[] b = new byte[n];
            raf.seek(len - n);
            raf.readFully(b);
            return new String(b, StandardCharsets.ISO_8859_1).contains("\"crs\"");
        }
    }

    /** A second parser that skips the feature array (streaming: no features are kept) to reach a trailing crs. */
    private JsonNode crsAfterFeatures() throws IOException {
        try (JsonParser p = new JsonFactory(JSON).createParser(file.toFile())) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String member = p.currentName();
                p.nextToken();
                if (member.equals("crs")) return JSON.readTree(p);
                p.skipChildren();
            }
        }
        return null;
    }

    /** The document's {@code type}: FeatureCollection, Feature or a geometry type. */
    String type() { return type; }

    /** The legacy {@code crs} member, or null. */
    JsonNode crs() { return crs; }

    /** The whole document when it is not a FeatureCollection, else null. */
    JsonNode document() { return document; }

    /** The next feature of the collection, or null after the last. Holds only that feature. */
    JsonNode next() throws IOException {
        if (!inFeatures) return null;
        try {
            JsonToken t = parser.nextToken();
            if (t == JsonToken.END_ARRAY || t == null) {
                inFeatures = false;
                return null;
            }
            features++;
            return JSON.readTree(parser);
        } catch (JsonProcessingException e) {
            throw invalid(e);
        }
    }

    /** How many features {@link #next} returned. */
    long count() { return features; }

    private IOException invalid(JsonProcessingException e) {
        long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        return new IOException(name() + ":" + line + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
    }

    private String name() { return file.getFileName().toString(); }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
