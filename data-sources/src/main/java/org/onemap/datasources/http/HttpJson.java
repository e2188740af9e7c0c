package org.onemap.datasources.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.onemap.core.spi.DataSourceException;

/** GETs JSON documents (GeoJSON, OGC API Features) with timeouts and user-facing errors. */
final class HttpJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client;
    private final Duration timeout;

    HttpJson(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** A fetched document and the URI it came from (links resolve against it). */
    record Document(URI uri, JsonNode json) {}

    Document get(URI uri) {
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Accept", "application/geo+json, application/json;q=0.9").GET().build();
        try {
            HttpResponse<byte[]> res = client.send(req, HttpResponse.BodyHandlers.ofByteArray());
            if (res.statusCode() / 100 != 2) {
                throw new DataSourceException(uri + ": HTTP " + res.statusCode() + " " + snippet(res.body()));
            }
            try {
                return new Document(res.uri(), JSON.readTree(res.body()));
            } catch (IOException e) {
                throw new DataSourceException(uri + ": the response is not JSON: " + snippet(res.body()), e);
            }
        } catch (IOException e) {
            throw new DataSourceException(uri + ": cannot reach the server: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataSourceException(uri + ": interrupted", e);
        }
    }

    private static String snippet(byte[] body) {
        String s = new String(body, java.nio.charset.StandardCharsets.UTF_8).strip();
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
