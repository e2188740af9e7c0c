package org.onemap.core.edit.topology;

import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * One broken rule: the features involved, the geometry to zoom to (the overlap, gap or offending
 * part), its area in m² on the ellipsoid (0 where not meaningful), a message and an optional fix.
 */
public record TopologyViolation(TopologyRule rule, List<String> featureIds, Geometry location,
                                double areaSquareMetres, String message, SuggestedFix fix) {
    public TopologyViolation {
        featureIds = List.copyOf(featureIds);
    }

    public boolean hasFix() { return fix != null; }
}
