package org.onemap.app.wall;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.onemap.thematic.module.ThematicModule;
import org.onemap.thematic.module.ThematicModules;

/**
 * One wall's saved settings, {@code <walls folder>/<name>.json}: its kiosk PIN (hashed, see
 * {@link PinHash}), layout, carousel playlist and alert threshold.
 */
public record WallConfig(String name, PinHash pin, WallLayout layout, List<WallView> playlist, double soilMoistureMin) {
    static final int DEFAULT_HOLD_SECONDS = 30;
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(isoInstants())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public WallConfig {
        layout = layout == null ? WallLayout.defaults() : layout;
        playlist = playlist == null || playlist.isEmpty() ? defaultPlaylist() : List.copyOf(playlist);
        soilMoistureMin = soilMoistureMin <= 0 ? AlertRules.DEFAULT_SOIL_MOISTURE_MIN : soilMoistureMin;
    }

    /** Every thematic module's default view, held {@value #DEFAULT_HOLD_SECONDS} s each. */
    public static List<WallView> defaultPlaylist() {
        return ThematicModules.all().stream().map(ThematicModule::defaultView).map(v -> WallView.of(v, DEFAULT_HOLD_SECONDS)).toList();
    }

    public static Path file(Path wallsFolder, String name) {
        if (!name.matches("[A-Za-z0-9_-]{1,64}")) throw new IllegalArgumentException("a wall name is letters, digits, - and _: " + name);
        return wallsFolder.resolve(name + ".json");
    }

    /**
     * The saved config of wall {@code name}, or a new one saved now. {@code initialPin} sets the PIN
     * when the wall has none yet (first run); later it is ignored, so a PIN cannot be reset from the
     * command line. Without any PIN the wall cannot lock: that is an error.
     */
    public static WallConfig loadOrCreate(Path wallsFolder, String name, String initialPin) {
        Path f = file(wallsFolder, name);
        WallConfig c = Files.exists(f) ? read(f) : new WallConfig(name, null, null, null, 0);
        if (c.pin() == null) {
            if (initialPin == null || initialPin.isBlank())
                throw new IllegalStateException("wall '" + name + "' has no PIN yet: set ONEMAP_WALL_PIN (at least 4 characters) for its first start");
            c = new WallConfig(c.name(), PinHash.of(initialPin), c.layout(), c.playlist(), c.soilMoistureMin());
            c.save(wallsFolder);
        }
        return c;
    }

    public static WallConfig read(Path file) {
        try {
            return JSON.readValue(file.toFile(), WallConfig.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read wall config " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes this config to {@code <wallsFolder>/<name>.json} (creating the folder). */
    public Path save(Path wallsFolder) {
        Path f = file(wallsFolder, name);
        try {
            Files.createDirectories(wallsFolder);
            Path tmp = Files.createTempFile(wallsFolder, name, ".tmp");
            JSON.writeValue(tmp.toFile(), this);
            Files.move(tmp, f, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save wall config " + f + ": " + e.getMessage(), e);
        }
    }

    /** Time windows of carousel views as ISO-8601 text ("2025-03-05T00:00:00Z"), readable in the JSON. */
    private static com.fasterxml.jackson.databind.Module isoInstants() {
        var m = new com.fasterxml.jackson.databind.module.SimpleModule("wall-instants");
        m.addSerializer(java.time.Instant.class, new com.fasterxml.jackson.databind.ser.std.ToStringSerializer());
        m.addDeserializer(java.time.Instant.class, new com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer<>(java.time.Instant.class) {
            @Override
            public java.time.Instant deserialize(com.fasterxml.jackson.core.JsonParser p, com.fasterxml.jackson.databind.DeserializationContext c)
                    throws IOException {
                try {
                    return java.time.Instant.parse(p.getValueAsString());
                } catch (java.time.format.DateTimeParseException e) {
                    throw c.weirdStringException(p.getValueAsString(), java.time.Instant.class, "an ISO-8601 instant such as 2025-03-05T00:00:00Z");
                }
            }
        });
        return m;
    }

    public WallConfig withLayout(WallLayout l) { return new WallConfig(name, pin, l, playlist, soilMoistureMin); }

    public WallConfig withPlaylist(List<WallView> p) { return new WallConfig(name, pin, layout, p, soilMoistureMin); }
}
