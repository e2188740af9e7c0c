package org.onemap.app.workspace;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import org.onemap.datasources.h2gis.H2gisWorkspace;

/**
 * The state of a workspace's database file as the file system sees it — identity, size, modification
 * time — without opening the database. H2 writes the file on every committed change (through the
 * SPI, {@code onemap sql} or any JDBC client), on schema changes and imports, so the same token means
 * nothing was written since. Used to trust stored render caches without opening H2
 * ({@link org.onemap.map.render.RenderCacheIndex}).
 */
public final class WorkspaceFileState {
    private WorkspaceFileState() {}

    /**
     * The token of the workspace in {@code folder}, or null when it cannot be trusted: no database
     * file, or another process (or this one) has it open for writing — its changes may not be in the
     * file yet, and opening the database will say so.
     */
    public static String token(Path folder) {
        Path db = folder.resolve(H2gisWorkspace.DB_FILE);
        try {
            BasicFileAttributes a = Files.readAttributes(db, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!a.isRegularFile() || !unlocked(db)) return null;
            return a.fileKey() + " " + a.size() + " " + a.lastModifiedTime().toInstant();
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    // H2 holds an exclusive lock on the file while a writer has it open, a shared one for readers.
    private static boolean unlocked(Path db) throws IOException {
        try (FileChannel ch = FileChannel.open(db, StandardOpenOption.READ)) {
            FileLock lock = ch.tryLock(0, Long.MAX_VALUE, true);
            if (lock == null) return false;
            lock.release();
            return true;
        } catch (OverlappingFileLockException e) {
            return false;   // this JVM has the workspace open
        }
    }
}
