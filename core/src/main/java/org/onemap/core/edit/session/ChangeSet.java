package org.onemap.core.edit.session;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.locationtech.jts.geom.Geometry;
import org.onemap.core.feature.Feature;

/**
 * An edit expressed as the features it replaces, adds and removes. Every parcel tool produces one, so
 * undo, redo and the crash journal need only this single, serialisable command type.
 */
public record ChangeSet(String name, List<FeatureChange> changes) implements EditCommand {
    /** Prefix of ids given to features created in a session; the store assigns the real id on save. */
    public static final String NEW_ID_PREFIX = "new:";

    public ChangeSet {
        changes = List.copyOf(changes);
    }

    @Override
    public void apply(WorkingCopy copy) {
        for (FeatureChange c : changes) {
            if (c.before() != null && c.after() == null) copy.remove(c.before().id());
            if (c.after() != null) copy.put(c.after());
        }
    }

    @Override
    public void revert(WorkingCopy copy) {
        for (int i = changes.size() - 1; i >= 0; i--) {
            FeatureChange c = changes.get(i);
            if (c.after() != null && c.before() == null) copy.remove(c.after().id());
            if (c.before() != null) copy.put(c.before());
        }
    }

    /** Replaces the geometry of one feature. */
    public static ChangeSet reshape(String name, Feature before, Geometry after) {
        return new ChangeSet(name, List.of(new FeatureChange(before, before.withGeometry(after))));
    }

    /** Removes {@code removed} and adds one new feature per geometry, copying the first removed feature's attributes. */
    public static ChangeSet replace(String name, List<Feature> removed, List<? extends Geometry> added) {
        List<FeatureChange> changes = new ArrayList<>();
        for (Feature f : removed) changes.add(new FeatureChange(f, null));
        for (Geometry g : added) {
            changes.add(new FeatureChange(null, new Feature(newId(), g, removed.get(0).attributes(), 0)));
        }
        return new ChangeSet(name, changes);
    }

    /** Adds one new feature. */
    public static ChangeSet add(String name, Geometry g, java.util.Map<String, ?> attributes) {
        return new ChangeSet(name, List.of(new FeatureChange(null, new Feature(newId(), g, attributes, 0))));
    }

    public static String newId() { return NEW_ID_PREFIX + UUID.randomUUID(); }

    public static boolean isNew(String id) { return id.startsWith(NEW_ID_PREFIX); }
}
