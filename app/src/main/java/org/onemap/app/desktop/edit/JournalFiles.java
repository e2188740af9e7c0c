package org.onemap.app.desktop.edit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.onemap.core.spi.DataSource;
import org.onemap.datasources.journal.EditJournal;

/**
 * Where the crash journal of an edit session lives: one folder per workspace under the journal home
 * (the desktop reaches workspaces only through the SPI, which has no folder), one file per layer.
 */
final class JournalFiles {
    private final Path home;

    JournalFiles(Path home) { this.home = home; }

    /** The default journal home, {@code ~/.onemap/journal}. */
    static Path defaultHome() {
        return Path.of(System.getProperty("user.home"), ".onemap", "journal");
    }

    Path file(DataSource workspace, String layer) {
        // the workspace's description names its location, so the same workspace finds its journal again
        return EditJournal.pathFor(home.resolve(key(workspace.toString())).resolve("workspace"), layer);
    }

    private static String key(String identity) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
