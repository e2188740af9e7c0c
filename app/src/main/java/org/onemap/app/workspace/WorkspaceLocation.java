package org.onemap.app.workspace;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the workspace folder is: {@code --workspace DIR}, else {@code $ONEMAP_HOME/workspace}, else
 * {@code ~/.onemap/workspace} (DESIGN.md "Data").
 */
public final class WorkspaceLocation {
    private WorkspaceLocation() {}

    public static Path resolve(String option) {
        return resolve(option, System.getenv(), System.getProperty("user.home"));
    }

    static Path resolve(String option, Map<String, String> env, String userHome) {
        if (option != null && !option.isBlank()) return Path.of(option).toAbsolutePath().normalize();
        String home = env.get("ONEMAP_HOME");
        if (home != null && !home.isBlank()) return Path.of(home, "workspace").toAbsolutePath().normalize();
        return Path.of(userHome, ".onemap", "workspace").toAbsolutePath().normalize();
    }
}
