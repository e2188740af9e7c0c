package org.onemap.app.desktop.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.onemap.core.crs.CrsRegistry;
import org.onemap.core.edit.topology.TopologyCheck;
import org.onemap.core.edit.topology.TopologyRule;
import org.onemap.core.edit.topology.TopologyViolation;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.FeatureSource;

/**
 * Runs the topology rules on the features an edit touched (and their neighbours only, so a check
 * costs the same on a village as on a province): validity, overlap, minimum area, and being inside the
 * village (or else county) polygon that holds the parcel. Validity and overlap are errors that block
 * a save; the others are warnings.
 */
final class TopologyReview {
    /** 0.1 mu: smaller parcels are almost always slivers left by an edit. */
    static final double MIN_AREA_M2 = 10000.0 / 15 / 10;
    /** Overlaps below 0.01 m² are floating-point noise of shared edges. */
    static final double SLIVER_M2 = 0.01;
    private static final List<String> CONTAINER_LAYERS = List.of("village", "county");

    private final TopologyCheck check = new TopologyCheck(CrsRegistry.WGS84, MIN_AREA_M2, SLIVER_M2);
    private final Function<String, FeatureSource> sources;
    private final Set<String> layerNames;

    TopologyReview(Function<String, FeatureSource> sources, Set<String> layerNames) {
        this.sources = sources;
        this.layerNames = layerNames;
    }

    static boolean isError(TopologyRule rule) {
        return rule == TopologyRule.VALID_GEOMETRY || rule == TopologyRule.NO_OVERLAP;
    }

    /** Violations that involve one of {@code touched}, checked against {@code all} (the session's features). */
    List<TopologyViolation> review(Collection<Feature> touched, Collection<Feature> all) {
        if (touched.isEmpty()) return List.of();
        Envelope area = new Envelope();
        touched.forEach(f -> area.expandToInclude(f.geometry().getEnvelopeInternal()));
        Map<String, Feature> candidates = new LinkedHashMap<>();
        for (Feature f : all) if (f.geometry().getEnvelopeInternal().intersects(area)) candidates.put(f.id(), f);
        touched.forEach(f -> candidates.put(f.id(), f));
        Set<String> ids = touched.stream().map(Feature::id).collect(java.util.stream.Collectors.toSet());
        List<TopologyViolation> out = new ArrayList<>();
        for (TopologyViolation v : check.check(candidates.values())) {
            if (v.featureIds().stream().anyMatch(ids::contains)) out.add(v);
        }
        for (Feature f : touched) {
            if (!f.geometry().isValid()) continue;
            Feature container = container(f.geometry());
            if (container != null) out.addAll(check.checkWithin(container, List.of(f), false));
        }
        return out;
    }

    /** The village (else county) polygon holding most of the parcel: the one under its interior point. */
    private Feature container(Geometry parcel) {
        Geometry inside = parcel.getInteriorPoint();
        for (String layer : CONTAINER_LAYERS) {
            if (!layerNames.contains(layer)) continue;
            try {
                for (Feature c : sources.apply(layer).list(Query.bbox(inside.getEnvelopeInternal()))) {
                    if (c.geometry() != null && c.geometry().getDimension() == 2 && c.geometry().covers(inside)) {
                        return new Feature(layer + ":" + c.id(), c.geometry(), c.attributes(), c.version());
                    }
                }
            } catch (RuntimeException e) {
                // no readable container layer: the rule is skipped
            }
        }
        return null;
    }
}
