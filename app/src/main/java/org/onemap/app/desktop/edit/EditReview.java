package org.onemap.app.desktop.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.onemap.app.desktop.Messages;
import org.onemap.core.edit.session.ChangeSet;
import org.onemap.core.edit.session.FeatureChange;
import org.onemap.core.edit.topology.TopologyViolation;
import org.onemap.core.feature.Feature;
import org.onemap.core.spi.FeatureSource;

/**
 * Runs the tools' edits with {@code area_mu} kept in step and reviews the topology of what they touch;
 * holds the violations listed to the planner. Part of {@link EditViewModel}.
 */
final class EditReview {
    private final EditMeasure measure;
    private final ViolationTexts texts;
    private final ObservableList<ViolationItem> violations = FXCollections.observableArrayList();
    private TopologyReview topology;

    EditReview(Messages messages) {
        this.measure = new EditMeasure(messages);
        this.texts = new ViolationTexts(messages);
    }

    EditMeasure measure() { return measure; }

    ObservableList<ViolationItem> violations() { return violations; }

    /** A session opened: neighbours are looked up among {@code layerNames}. */
    void opened(Function<String, FeatureSource> sources, Set<String> layerNames) {
        topology = new TopologyReview(sources, layerNames);
    }

    void clear() { violations.clear(); }

    /** Executes, journals and reviews one edit. */
    void execute(ChangeSet edit, EditingSession es) {
        ChangeSet withArea = measure.withAreaMu(edit, es.session().features().isEmpty() ? null : es.store().schema());
        es.execute(withArea);
        List<Feature> touched = new ArrayList<>();
        for (FeatureChange c : withArea.changes()) {
            if (c.after() != null && es.session().feature(c.after().id()) != null) touched.add(c.after());
        }
        violations.setAll(review(touched, es));
    }

    /** Reviews everything the session changed and lists it; the save goes ahead only without errors. */
    List<ViolationItem> beforeSave(EditingSession es) {
        List<Feature> touched = new ArrayList<>();
        for (FeatureChange c : es.session().pendingChanges()) if (c.after() != null) touched.add(c.after());
        List<ViolationItem> found = review(touched, es);
        violations.setAll(found);
        return found;
    }

    private List<ViolationItem> review(List<Feature> touched, EditingSession es) {
        if (topology == null) return List.of();
        List<ViolationItem> out = new ArrayList<>();
        for (TopologyViolation v : topology.review(touched, es.session().features())) out.add(texts.item(v));
        return out;
    }
}
