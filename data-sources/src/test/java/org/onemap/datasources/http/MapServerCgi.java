package org.onemap.datasources.http;

import org.onemap.datasources.ServerTests;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A real MapServer 8 ({@code mapserv}, Debian cgi-mapserver) behind a tiny CGI bridge on
 * com.sun.net.httpserver: each request execs mapserv with the CGI environment, as Apache would.
 * Serves one GeoJSON file as the OGC API Features collection {@code parcel} under
 * {@code http://127.0.0.1:PORT/ogc/onemap/ogcapi}.
 */
final class MapServerCgi implements AutoCloseable {
    private final HttpServer server;
    private final Path config;
    final List<String> requests = new CopyOnWriteArrayList<>();

    /** Skips the test without mapserv, unless CI=true (.ci/run installs cgi-mapserver). */
    static void requireMapserv() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "mapserv"))) return;
        }
        String why = "MapServer's mapserv is not on the PATH (apt-get install cgi-mapserver)";
        ServerTests.unavailable(why);
    }

    MapServerCgi(Path dir, Path geojson) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        int port = server.getAddress().getPort();
        Path map = dir.resolve("onemap.map");
        Files.writeString(map, """
                MAP
                  NAME "onemap"
                  EXTENT 112 27 114 29
                  PROJECTION "init=epsg:4326" END
                  WEB
                    METADATA
                      "oga_enable_request" "*"
                      "oga_onlineresource" "http://127.0.0.1:%d/ogc/onemap/ogcapi"
                      "ows_title" "OneMap test parcels"
                      "ows_srs" "EPSG:4326"
                    END
                  END
                  LAYER
                    NAME "parcel"
                    TYPE POLYGON
                    STATUS ON
                    CONNECTIONTYPE OGR
                    CONNECTION "%s"
                    TEMPLATE "ttt"
                    PROJECTION "init=epsg:4326" END
                    METADATA
                      "ows_title" "parcel"
                      "gml_include_items" "all"
                      "gml_types" "auto"
                      "gml_featureid" "fid"
                      "ows_extent" "112.9 27.8 112.91 27.803"
                    END
                  END
                END
                """.formatted(port, geojson.toAbsolutePath()), StandardCharsets.UTF_8);
        config = dir.resolve("mapserver.conf");
        Files.writeString(config, "CONFIG\n  MAPS\n    onemap \"" + map.toAbsolutePath() + "\"\n  END\nEND\n");
        server.createContext("/ogc", this::handle);
        server.start();
    }

    String landingPage() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/ogc/onemap/ogcapi";
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getRawPath().substring("/ogc".length());
        String query = ex.getRequestURI().getRawQuery();
        requests.add(path + (query == null ? "" : "?" + query));
        ProcessBuilder pb = new ProcessBuilder("mapserv");
        var env = pb.environment();
        env.put("REQUEST_METHOD", "GET");
        env.put("PATH_INFO", path);
        env.put("QUERY_STRING", query == null ? "" : query);
        env.put("SCRIPT_NAME", "/ogc");
        env.put("SERVER_NAME", "127.0.0.1");
        env.put("SERVER_PORT", String.valueOf(server.getAddress().getPort()));
        env.put("HTTP_ACCEPT", String.valueOf(ex.getRequestHeaders().getFirst("Accept")));
        env.put("MAPSERVER_CONFIG_FILE", config.toAbsolutePath().toString());
        Process p = pb.redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out;
        try (InputStream in = p.getInputStream()) {
            out = in.readAllBytes();
        }
        try {
            p.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // CGI output: header lines, a blank line, the body
        int status = 200;
        int i = 0;
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (i < out.length) {
            byte b = out[i++];
            if (b == '\n') {
                String h = line.toString(StandardCharsets.UTF_8).strip();
                line.reset();
                if (h.isEmpty()) break;
                int colon = h.indexOf(':');
                if (colon < 0) continue;
                String name = h.substring(0, colon).trim();
                String value = h.substring(colon + 1).trim();
                if (name.equalsIgnoreCase("Status")) status = Integer.parseInt(value.split(" ")[0]);
                else ex.getResponseHeaders().add(name, value);
            } else {
                line.write(b);
            }
        }
        byte[] body = java.util.Arrays.copyOfRange(out, i, out.length);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (var os = ex.getResponseBody()) {
            os.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
