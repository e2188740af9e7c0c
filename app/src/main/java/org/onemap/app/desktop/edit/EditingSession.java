package org.onemap.app.desktop.edit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.onemap.core.edit.session.ChangeSet;
import org.onemap.core.edit.session.EditCommand;
import org.onemap.core.edit.session.EditSession;
import org.onemap.core.edit.session.SaveResult;
import org.onemap.core.edit.session.SessionListener;
import org.onemap.core.feature.Feature;
import org.onemap.core.spi.FeatureStore;
import org.onemap.datasources.journal.EditJournal;

/**
 * One open edit session of a layer with its crash journal, and the undo/redo rules on top of it:
 * undo walks back the session's own edits first, then (through {@link SavedHistory}) edits already
 * saved. Keeps, for undo past a save, which session commands were such history replays and which
 * edits the next save writes.
 */
final class EditingSession implements SessionListener {
    private final FeatureStore store;
    private final Path journalFile;
    private final SavedHistory saved;
    private EditSession session;
    private EditJournal journal;
    /** Mirrors the session's undo stack: true where the command replays saved history. */
    private final Deque<Boolean> undoIsHistory = new ArrayDeque<>();
    private final Set<EditCommand> historyCommands = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The commands on the session's undo stack, oldest first, for {@link SavedHistory} after a save. */
    private final List<ChangeSet> done = new ArrayList<>();
    private final Runnable changed;

    EditingSession(FeatureStore store, Path journalFile, SavedHistory saved, Runnable changed) {
        this.store = store;
        this.journalFile = journalFile;
        this.saved = saved;
        this.changed = changed;
    }

    /** Whether a journal of an unsaved session waits to be recovered. */
    static boolean hasJournal(Path journalFile) {
        try {
            return Files.exists(journalFile) && Files.size(journalFile) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Opens on {@code loaded}; replays the journal when {@code recover}, else drops it. */
    void open(List<Feature> loaded, boolean recover) throws IOException {
        session = new EditSession(loaded);
        session.addListener(this);
        Files.createDirectories(journalFile.getParent());
        if (!recover) Files.deleteIfExists(journalFile);
        journal = EditJournal.resume(journalFile, session);
    }

    EditSession session() { return session; }

    /** Adds features of a newly loaded region; returns how many the session did not hold. */
    int load(java.util.Collection<Feature> more) { return session.load(more); }

    FeatureStore store() { return store; }

    void execute(ChangeSet edit) {
        saved.clearRedo();
        session.execute(edit);
    }

    boolean canUndo() {
        return ownOnTop() || saved.canUndo();
    }

    boolean canRedo() { return session.canRedo() || saved.canRedo(); }

    void undo() {
        if (ownOnTop()) session.undo();
        else if (saved.canUndo()) runHistory(saved.undo());
        else throw new IllegalStateException("nothing to undo");
    }

    void redo() {
        if (session.canRedo()) session.redo();
        else if (saved.canRedo()) runHistory(saved.redo());
        else throw new IllegalStateException("nothing to redo");
    }

    /** The session's newest command is the planner's own (not a replay of saved history). */
    private boolean ownOnTop() {
        return session.canUndo() && (undoIsHistory.isEmpty() || !undoIsHistory.peek());
    }

    private void runHistory(ChangeSet edit) {
        historyCommands.add(edit);
        session.execute(edit);
    }

    boolean dirty() { return !session.pendingChanges().isEmpty(); }

    /** Saves; on success the saved edits join the history and the caller reopens on fresh features. */
    SaveResult save(String user) {
        List<ChangeSet> edits = List.copyOf(done);
        SaveResult r = session.save(store, user);
        if (r.saved()) {
            // the stored state of what the saved history can refer to, looked up by id (not the whole layer)
            java.util.Map<String, Feature> stored = new java.util.HashMap<>();
            for (Feature f : store.byIds(saved.idsAfter(edits, r.insertedIds()))) stored.put(f.id(), f);
            saved.saved(edits, r.insertedIds(), stored);
            return r;
        }
        return r;
    }

    void discard() { session.discard(); }

    void close() {
        try {
            if (journal != null) journal.close();
        } catch (IOException e) {
            // the journal is fsynced per entry: nothing is lost by a failed close
        }
        journal = null;
    }

    // ---- SessionListener: keep the mirrors in step, then tell the view-model

    @Override
    public void executed(EditCommand command) {
        undoIsHistory.push(historyCommands.contains(command));
        if (command instanceof ChangeSet cs) done.add(cs);
        changed.run();
    }

    @Override
    public void undone(EditCommand command) {
        if (!undoIsHistory.isEmpty()) undoIsHistory.pop();
        if (!done.isEmpty()) done.remove(done.size() - 1);
        changed.run();
    }

    /** For the mirrors a redo is the command executed again. */
    @Override
    public void redone(EditCommand command) { executed(command); }

    @Override
    public void cleared() {
        undoIsHistory.clear();
        done.clear();
        historyCommands.clear();
        changed.run();
    }
}
