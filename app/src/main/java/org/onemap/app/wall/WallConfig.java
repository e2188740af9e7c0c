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

    public WallConfig withLayout(WallLayout l) { return new WallConfig(name, pin, l, playlist, soilMoistureMin); }

    public WallConfig withPlaylist(List<WallView> p) { return new WallConfig(name, pin, layout, p, soilMoistureMin); }
}
