package org.onemap.app.desktop.edit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.onemap.core.edit.session.ChangeSet;
import org.onemap.core.edit.session.FeatureChange;
import org.onemap.core.feature.Feature;

/**
 * Undo across a save. A saved session is emptied, so the edits it wrote are kept here, rewritten to
 * the ids the store gave and the versions it now holds; undoing one past the save runs its inverse
 * as a new (journaled, unsaved) edit, and redoing it runs it again. Only the latest saves are kept
 * consistent: an edit made after an undo clears what could be redone, as everywhere.
 */
final class SavedHistory {
    private final Deque<ChangeSet> undoable = new ArrayDeque<>();
    private final Deque<ChangeSet> redoable = new ArrayDeque<>();

    /**
     * Records a save: {@code edits} as executed (oldest first), {@code insertedIds} (session id → store
     * id) and the layer's features as read after the save (by id), for their new versions.
     */
    /** Store ids of every feature in {@code edits} and in the saved history, once {@code insertedIds} are applied. */
    java.util.Set<String> idsAfter(List<ChangeSet> edits, Map<String, String> insertedIds) {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        List<ChangeSet> all = new ArrayList<>(edits);
        all.addAll(undoable);
        for (ChangeSet e : all) {
            for (FeatureChange c : e.changes()) {
                for (Feature f : new Feature[] {c.before(), c.after()}) {
                    if (f != null) ids.add(insertedIds.getOrDefault(f.id(), f.id()));
                }
            }
        }
        return ids;
    }

    void saved(List<ChangeSet> edits, Map<String, String> insertedIds, Map<String, Feature> stored) {
        List<ChangeSet> older = new ArrayList<>(undoable);
        undoable.clear();
        // older entries (newest first in the deque) get the versions this save wrote
        for (int i = older.size() - 1; i >= 0; i--) undoable.push(remap(older.get(i), insertedIds, stored, Map.of()));
        // the state each feature was saved in is the stored feature itself (the store may normalise values)
        Map<String, Feature> finalState = new java.util.HashMap<>();
        for (ChangeSet e : edits) {
            for (FeatureChange c : e.changes()) {
                if (c.after() != null) finalState.put(c.after().id(), c.after());
                else finalState.remove(c.before().id());
            }
        }
        for (ChangeSet e : edits) undoable.push(remap(e, insertedIds, stored, finalState));
        redoable.clear();
    }

    boolean canUndo() { return !undoable.isEmpty(); }

    boolean canRedo() { return !redoable.isEmpty(); }

    /** The edit that takes back the newest saved edit; run it on the session. */
    ChangeSet undo() {
        ChangeSet saved = undoable.pop();
        redoable.push(saved);
        List<FeatureChange> inverse = new ArrayList<>();
        List<FeatureChange> changes = saved.changes();
        for (int i = changes.size() - 1; i >= 0; i--) inverse.add(new FeatureChange(changes.get(i).after(), changes.get(i).before()));
        return new ChangeSet(saved.name(), inverse);
    }

    /** The saved edit last taken back, to run again on the session. */
    ChangeSet redo() {
        ChangeSet saved = redoable.pop();
        undoable.push(saved);
        return saved;
    }

    /** A new edit was made: what was taken back can no longer be redone. */
    void clearRedo() { redoable.clear(); }

    void clear() {
        undoable.clear();
        redoable.clear();
    }

    private static ChangeSet remap(ChangeSet edit, Map<String, String> ids, Map<String, Feature> stored, Map<String, Feature> finalState) {
        List<FeatureChange> out = new ArrayList<>();
        for (FeatureChange c : edit.changes()) {
            out.add(new FeatureChange(remap(c.before(), ids, stored, finalState), remap(c.after(), ids, stored, finalState)));
        }
        return new ChangeSet(edit.name(), out);
    }

    private static Feature remap(Feature f, Map<String, String> ids, Map<String, Feature> stored, Map<String, Feature> finalState) {
        if (f == null) return null;
        String id = ids.getOrDefault(f.id(), f.id());
        Feature now = stored.get(id);
        if (now != null && finalState.get(f.id()) == f) return now;
        return new Feature(id, f.geometry(), f.attributes(), now != null ? now.version() : f.version());
    }
}
