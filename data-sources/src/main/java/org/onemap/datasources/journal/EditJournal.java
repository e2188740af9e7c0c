package org.onemap.datasources.journal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.onemap.core.edit.session.ChangeSet;
import org.onemap.core.edit.session.EditCommand;
import org.onemap.core.edit.session.EditSession;
import org.onemap.core.edit.session.SessionListener;

/**
 * Append-only crash journal of an {@link EditSession}, kept next to the workspace file. Every
 * executed, undone and redone command is appended as one line and fsynced before the call returns,
 * so a crash (even {@code kill -9} or power loss) loses at most the operation being written. On
 * restart {@link #resume} replays the journal onto a session opened on the same stored features; a
 * torn last line is cut off. Save or discard empties the journal.
 *
 * <p>Only {@link ChangeSet} commands can be journaled (all parcel tools produce them).
 */
public final class EditJournal implements SessionListener, AutoCloseable {
    private final Path file;
    private final FileChannel channel;

    private EditJournal(Path file) throws IOException {
        this.file = file;
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.READ);
        channel.position(channel.size());
    }

    /** The journal file of {@code layer}'s edit session for the workspace stored in {@code workspaceFile}. */
    public static Path pathFor(Path workspaceFile, String layer) {
        return workspaceFile.resolveSibling(workspaceFile.getFileName() + "." + layer.replaceAll("[^\\p{L}\\p{N}_-]", "_")
                + ".edit-journal");
    }

    /**
     * Opens (or creates) the journal at {@code file}, replays what it holds onto {@code session}
     * (which must be freshly opened on the stored features) and from then on records the session.
     */
    public static EditJournal resume(Path file, EditSession session) throws IOException {
        long goodLength = replay(file, session);
        EditJournal journal = new EditJournal(file);
        if (journal.channel.size() > goodLength) {
            journal.channel.truncate(goodLength); // torn tail of the operation that was being written
            journal.channel.force(true);
            journal.channel.position(goodLength);
        }
        session.addListener(journal);
        return journal;
    }

    /** Number of bytes of complete entries replayed. */
    private static long replay(Path file, EditSession session) throws IOException {
        if (!Files.exists(file)) return 0;
        byte[] bytes = Files.readAllBytes(file);
        long good = 0;
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] != '\n') continue;
            String line = new String(bytes, start, i - start, StandardCharsets.UTF_8);
            try {
                apply(JournalCodec.parse(line), session);
            } catch (Exception torn) {
                break; // a damaged entry ends the usable journal
            }
            start = i + 1;
            good = start;
        }
        return good;
    }

    private static void apply(JsonNode n, EditSession session) throws Exception {
        switch (n.get("op").asText()) {
            case "do" -> session.execute(JournalCodec.changeSet(n));
            case "undo" -> session.undo();
            case "redo" -> session.redo();
            default -> throw new IOException("unknown journal entry " + n);
        }
    }

    public Path file() { return file; }

    @Override
    public void executed(EditCommand command) {
        if (!(command instanceof ChangeSet cs)) {
            throw new IllegalArgumentException("only ChangeSet commands can be journaled, got " + command.getClass());
        }
        append(JournalCodec.entry(cs));
    }

    @Override
    public void undone(EditCommand command) { append(JournalCodec.entry("undo")); }

    @Override
    public void redone(EditCommand command) { append(JournalCodec.entry("redo")); }

    @Override
    public synchronized void cleared() {
        try {
            channel.truncate(0);
            channel.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty edit journal " + file, e);
        }
    }

    private synchronized void append(String line) {
        try {
            ByteBuffer buf = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
            while (buf.hasRemaining()) channel.write(buf);
            channel.force(false); // fsync per operation: the promise is "lose at most the last one"
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write edit journal " + file + "; the edit is not crash-safe", e);
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
