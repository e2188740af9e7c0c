package org.onemap.core.edit.session;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.onemap.core.feature.Feature;
import org.onemap.core.spi.DataSourceException;
import org.onemap.core.spi.FeatureStore;
import org.onemap.core.spi.Transaction;

/**
 * An editing session on one layer: features loaded from the store, a working copy the commands
 * change, unlimited undo/redo, and save as one optimistic-versioned transaction or discard.
 * Not thread-safe; drive it from one thread (the UI's).
 */
public final class EditSession {
    private final Map<String, Feature> base = new LinkedHashMap<>();
    private final WorkingCopy copy = new WorkingCopy();
    private final Deque<EditCommand> undo = new ArrayDeque<>();
    private final Deque<EditCommand> redo = new ArrayDeque<>();
    private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();

    /** Starts a session on the features as read from the store (their versions guard the save). */
    public EditSession(Collection<Feature> loaded) {
        for (Feature f : loaded) {
            base.put(f.id(), f);
            copy.load(f);
        }
    }

    /**
     * Adds features read from the store after the session started (a big layer is loaded a region at a time):
     * those already in the session, as loaded or as edited, are kept as they are. Returns how many were new.
     */
    public int load(Collection<Feature> more) {
        int added = 0;
        for (Feature f : more) {
            if (base.containsKey(f.id()) || copy.touched().contains(f.id())) continue;
            base.put(f.id(), f);
            copy.load(f);
            added++;
        }
        return added;
    }

    public void addListener(SessionListener l) { listeners.add(l); }

    public void removeListener(SessionListener l) { listeners.remove(l); }

    public Feature feature(String id) { return copy.get(id); }

    public Collection<Feature> features() { return copy.features(); }

    public void execute(EditCommand command) {
        if (command instanceof ChangeSet cs) adoptUnloaded(cs);
        command.apply(copy);
        undo.push(command);
        redo.clear();
        listeners.forEach(l -> l.executed(command));
    }

    // a feature first met as a command's before-state (a journal replayed on a region-loaded session) is as
    // the store had it: take it as loaded, or its update would look like an insert
    private void adoptUnloaded(ChangeSet cs) {
        for (FeatureChange c : cs.changes()) {
            Feature b = c.before();
            if (b != null && !base.containsKey(b.id()) && !copy.touched().contains(b.id()) && !b.id().startsWith(ChangeSet.NEW_ID_PREFIX)) {
                base.put(b.id(), b);
                copy.load(b);
            }
        }
    }

    public boolean canUndo() { return !undo.isEmpty(); }

    public boolean canRedo() { return !redo.isEmpty(); }

    /** Name of the command the next undo reverts, or null. */
    public String undoName() { return undo.isEmpty() ? null : undo.peek().name(); }

    public void undo() {
        if (undo.isEmpty()) throw new IllegalStateException("nothing to undo");
        EditCommand c = undo.pop();
        c.revert(copy);
        redo.push(c);
        listeners.forEach(l -> l.undone(c));
    }

    public void redo() {
        if (redo.isEmpty()) throw new IllegalStateException("nothing to redo");
        EditCommand c = redo.pop();
        c.apply(copy);
        undo.push(c);
        listeners.forEach(l -> l.redone(c));
    }

    /**
     * Differences between the store's features and the working copy, by id: deletions and updates first,
     * then new features, each in the order they were first touched. Only ids commands have touched are
     * compared, so this costs the number of edits, not the size of the layer.
     */
    public List<FeatureChange> pendingChanges() {
        List<FeatureChange> out = new ArrayList<>();
        List<FeatureChange> added = new ArrayList<>();
        for (String id : copy.touched()) {
            Feature b = base.get(id);
            Feature a = copy.get(id);
            if (b == null) {
                if (a != null) added.add(new FeatureChange(null, a));
            } else if (a == null) {
                out.add(new FeatureChange(b, null));
            } else if (!a.equals(b) || !a.geometry().equalsExact(b.geometry())) {
                out.add(new FeatureChange(b, a));
            }
        }
        out.addAll(added);
        return out;
    }

    /**
     * Writes all pending changes in one transaction as {@code user}. On version conflicts (or a feature
     * deleted meanwhile, or any other per-feature store error) nothing is
     * written, every conflicting feature is reported and the session keeps its edits. After a
     * successful save the session is empty: start a new one from freshly read features (new versions).
     */
    public SaveResult save(FeatureStore store, String user) {
        List<String> conflicts = new ArrayList<>();
        Map<String, String> inserted = new LinkedHashMap<>();
        int updated = 0, deleted = 0;
        try (Transaction tx = store.begin(user)) {
            for (FeatureChange c : pendingChanges()) {
                try {
                    if (c.before() == null) {
                        Feature f = c.after();
                        inserted.put(f.id(), tx.insert(new Feature(null, f.geometry(), f.attributes(), 0)));
                    } else if (c.after() == null) {
                        tx.delete(c.before().id(), c.before().version());
                        deleted++;
                    } else {
                        // the version the edit started from (kept by withGeometry), so a replayed journal
                        // still detects changes made by others since the features were first loaded
                        Feature a = c.after();
                        tx.update(a);
                        updated++;
                    }
                } catch (DataSourceException e) { // VersionConflictException included
                    // e.g. the feature was deleted by someone else: also a conflict for the planner
                    conflicts.add(c.id() + ": " + e.getMessage());
                }
            }
            if (!conflicts.isEmpty()) {
                tx.rollback();
                return new SaveResult(Map.of(), 0, 0, conflicts);
            }
            tx.commit();
        }
        base.clear();
        copy.clear();
        undo.clear();
        redo.clear();
        listeners.forEach(SessionListener::cleared);
        return new SaveResult(inserted, updated, deleted, List.of());
    }

    /** Drops every edit: the working copy returns to the features as loaded. */
    public void discard() {
        if (!copy.touched().isEmpty()) { // back to the features as loaded, in their order
            copy.clear();
            base.values().forEach(copy::load);
        }
        undo.clear();
        redo.clear();
        listeners.forEach(SessionListener::cleared);
    }
}
