package org.onemap.datasources.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.Optional;

/**
 * Picks links from an OGC API / GeoJSON {@code links} array by relation, preferring JSON media types
 * (servers list the same relation once per format, e.g. HTML and GeoJSON).
 */
final class OgcLinks {
    private OgcLinks() {}

    static Optional<URI> find(HttpJson.Document doc, String rel) {
        return find(doc.uri(), doc.json(), rel);
    }

    static Optional<URI> find(URI base, JsonNode node, String rel) {
        JsonNode links = node.path("links");
        URI best = null;
        int bestScore = -1;
        for (JsonNode l : links) {
            if (!rel.equals(l.path("rel").asText()) || !l.hasNonNull("href")) continue;
            String type = l.path("type").asText("");
            int score = type.contains("geo+json") ? 3 : type.contains("json") ? 2 : type.isEmpty() ? 1 : 0;
            if (score > bestScore) {
                bestScore = score;
                best = base.resolve(l.get("href").asText());
            }
        }
        return Optional.ofNullable(bestScore > 0 ? best : null);
    }
}
