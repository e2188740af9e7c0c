package org.onemap.dataimport.export;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/** A temporary {@code *.part} file beside an export target, renamed onto it only when the export succeeded. */
final class PartFile implements AutoCloseable {
    private final Path target;
    private final Path part;
    private boolean committed;

    PartFile(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        Files.createDirectories(this.target.getParent());
        this.part = this.target.resolveSibling(this.target.getFileName() + "."
                + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36) + ".part");
    }

    Path path() { return part; }

    void commit() throws IOException {
        try {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    /** Deletes the part file unless it was committed. */
    @Override
    public void close() throws IOException {
        if (!committed) Files.deleteIfExists(part);
    }
}
