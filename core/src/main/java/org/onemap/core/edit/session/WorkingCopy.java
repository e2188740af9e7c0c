package org.onemap.core.edit.session;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.onemap.core.feature.Feature;

/**
 * The in-memory features an edit session changes, by id; the store is untouched until save. It remembers
 * which ids commands have put or removed since the session loaded its features, so what a session has
 * changed is found among those, not by comparing every feature of a 1M-parcel layer after each edit.
 */
public final class WorkingCopy {
    private final Map<String, Feature> features = new LinkedHashMap<>();
    private final Set<String> touched = new LinkedHashSet<>();

    public Feature get(String id) { return features.get(id); }

    public void put(Feature f) {
        features.put(f.id(), f);
        touched.add(f.id());
    }

    public void remove(String id) {
        features.remove(id);
        touched.add(id);
    }

    public Collection<Feature> features() { return Collections.unmodifiableCollection(features.values()); }

    /** Adds a feature as loaded from the store: not a change. */
    void load(Feature f) { features.put(f.id(), f); }

    /** Ids put or removed since the features were loaded, oldest first (some may be back as loaded). */
    Set<String> touched() { return Collections.unmodifiableSet(touched); }

    void clear() {
        features.clear();
        touched.clear();
    }
}
