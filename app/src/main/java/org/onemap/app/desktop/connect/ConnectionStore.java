package org.onemap.app.desktop.connect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onemap.core.spi.DataSourceException;

/**
 * The user's named connections in {@code connections.json} of the OneMap config folder. The file holds
 * providers and parameters only, never a password: those go to the {@link SecretVault}.
 */
public final class ConnectionStore {
    /** System property overriding the config folder (tests, portable installs). */
    public static final String CONFIG_PROPERTY = "onemap.config";
    static final String FILE = "connections.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path folder;

    public ConnectionStore(Path folder) {
        this.folder = folder;
    }

    /**
     * The OneMap config folder: {@code -Donemap.config}, else {@code $XDG_CONFIG_HOME/onemap}, else
     * {@code ~/.config/onemap}.
     */
    public static Path defaultFolder() {
        String override = System.getProperty(CONFIG_PROPERTY);
        if (override != null && !override.isBlank()) return Path.of(override);
        String xdg = System.getenv("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank()) return Path.of(xdg, "onemap");
        return Path.of(System.getProperty("user.home"), ".config", "onemap");
    }

    public Path folder() { return folder; }

    public Path file() { return folder.resolve(FILE); }

    /** Every saved connection, by name. */
    public synchronized List<SavedConnection> list() {
        Path f = file();
        if (!Files.exists(f)) return List.of();
        try {
            JsonNode root = JSON.readTree(f.toFile());
            List<SavedConnection> out = new ArrayList<>();
            for (JsonNode c : root.path("connections")) {
                Map<String, String> params = new LinkedHashMap<>();
                c.path("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
                List<String> secrets = new ArrayList<>();
                c.path("secrets").forEach(s -> secrets.add(s.asText()));
                out.add(new SavedConnection(c.path("name").asText(), c.path("provider").asText(), params, secrets));
            }
            out.sort(Comparator.comparing(SavedConnection::name));
            return out;
        } catch (IOException e) {
            throw new DataSourceException("cannot read saved connections from " + f + ": " + e.getMessage(), e);
        }
    }

    public Optional<SavedConnection> get(String name) {
        return list().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** Adds {@code c}, replacing a connection of the same name. */
    public synchronized void save(SavedConnection c) {
        List<SavedConnection> all = new ArrayList<>(list());
        all.removeIf(o -> o.name().equals(c.name()));
        all.add(c);
        write(all);
    }

    public synchronized void remove(String name) {
        List<SavedConnection> all = new ArrayList<>(list());
        if (all.removeIf(o -> o.name().equals(name))) write(all);
    }

    private void write(List<SavedConnection> all) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("connections");
        for (SavedConnection c : all.stream().sorted(Comparator.comparing(SavedConnection::name)).toList()) {
            ObjectNode o = list.addObject();
            o.put("name", c.name());
            o.put("provider", c.provider());
            ObjectNode p = o.putObject("params");
            c.params().forEach(p::put);
            ArrayNode s = o.putArray("secrets");
            c.secretKeys().forEach(s::add);
        }
        try {
            Files.createDirectories(folder);
            Path tmp = Files.createTempFile(folder, ".connections", ".tmp");
            try {
                JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), root);
                Files.move(tmp, file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new DataSourceException("cannot save connections to " + file() + ": " + e.getMessage(), e);
        }
    }
}
