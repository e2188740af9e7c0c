package org.onemap.core.edit.session;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.onemap.core.feature.Feature;

/** The in-memory features an edit session changes, by id; the store is untouched until save. */
public final class WorkingCopy {
    private final Map<String, Feature> features = new LinkedHashMap<>();

    public Feature get(String id) { return features.get(id); }

    public void put(Feature f) { features.put(f.id(), f); }

    public void remove(String id) { features.remove(id); }

    public Collection<Feature> features() { return Collections.unmodifiableCollection(features.values()); }

    Map<String, Feature> snapshot() { return new LinkedHashMap<>(features); }
}
