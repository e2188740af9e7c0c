package org.onemap.core.edit.session;

import org.onemap.core.feature.Feature;

/** One feature before and after an edit; {@code before} null for a new feature, {@code after} null for a deleted one. */
public record FeatureChange(Feature before, Feature after) {
    public FeatureChange {
        if (before == null && after == null) throw new IllegalArgumentException("a change needs a before or an after");
    }

    public String id() { return after != null ? after.id() : before.id(); }
}
