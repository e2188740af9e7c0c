package org.onemap.app.wall;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How to start a wall: its name (the config file), the screens to span (1-based, as JavaFX lists
 * them; empty = all), the folder of wall configs, and the PIN for a first start.
 *
 * <p>From the command line these come from the environment (so {@code ./onemap --wall} needs no new
 * flags): {@code ONEMAP_WALL_NAME} (default {@code default}), {@code ONEMAP_WALL_SCREENS} ({@code 1,2};
 * default all), {@code ONEMAP_WALL_PIN} (first start only; the PIN is stored hashed),
 * {@code ONEMAP_WALL_DIR} (default {@code <workspace>/walls}).
 */
public record WallOptions(String name, List<Integer> screens, Path wallsFolder, String initialPin) {
    public WallOptions {
        name = name == null || name.isBlank() ? "default" : name.strip();
        screens = screens == null ? List.of() : List.copyOf(screens);
        if (wallsFolder == null) wallsFolder = Path.of(System.getProperty("user.home"), ".onemap", "walls");
    }

    /** Options from {@code env} (see the class comment); configs under {@code workspaceFolder/walls} unless ONEMAP_WALL_DIR says. */
    public static WallOptions fromEnvironment(Map<String, String> env, Path workspaceFolder) {
        String dir = env.get("ONEMAP_WALL_DIR");
        Path walls = dir != null && !dir.isBlank() ? Path.of(dir) : workspaceFolder == null ? null : workspaceFolder.resolve("walls");
        return new WallOptions(env.get("ONEMAP_WALL_NAME"), parseScreens(env.get("ONEMAP_WALL_SCREENS")), walls, env.get("ONEMAP_WALL_PIN"));
    }

    /** "1,2" → [1, 2]; blank or "all" → all screens. */
    public static List<Integer> parseScreens(String spec) {
        List<Integer> out = new ArrayList<>();
        if (spec == null || spec.isBlank() || spec.strip().equalsIgnoreCase("all")) return out;
        for (String s : spec.split(",")) {
            try {
                int n = Integer.parseInt(s.strip());
                if (n < 1) throw new NumberFormatException();
                out.add(n);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("screens are numbers from 1, comma-separated (e.g. 1,2): '" + spec + "'");
            }
        }
        return out;
    }
}
