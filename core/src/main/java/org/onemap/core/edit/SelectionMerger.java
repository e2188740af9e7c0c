package org.onemap.core.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/** Merges selected parcels into one polygon; they must form one connected group sharing edges or area. */
final class SelectionMerger {
    private SelectionMerger() {}

    static Geometry merge(List<Geometry> parcels) {
        if (parcels.size() < 2) throw new EditException("Merge needs at least two parcels, got " + parcels.size());
        List<Geometry> valid = parcels.stream().map(p -> ValidPolygons.requirePolygonal(p, "Merge")).toList();
        requireConnected(valid);
        Geometry union;
        try {
            union = UnaryUnionOp.union(valid);
        } catch (RuntimeException robustnessFailure) {
            union = valid.get(0);
            for (int i = 1; i < valid.size(); i++) union = ValidPolygons.union(union, valid.get(i));
        }
        Geometry result = ValidPolygons.repair(union, "Merge");
        if (!(result instanceof Polygon)) {
            throw new EditException("Merged parcels touch only at corners, so the result would be "
                    + result.getNumGeometries() + " separate pieces; select parcels that share an edge");
        }
        return result;
    }

    private static void requireConnected(List<Geometry> parcels) {
        boolean[] reached = new boolean[parcels.size()];
        Deque<Integer> todo = new ArrayDeque<>(List.of(0));
        reached[0] = true;
        while (!todo.isEmpty()) {
            int i = todo.pop();
            for (int j = 0; j < parcels.size(); j++) {
                if (!reached[j] && parcels.get(i).intersects(parcels.get(j))) {
                    reached[j] = true;
                    todo.push(j);
                }
            }
        }
        for (int j = 0; j < reached.length; j++) {
            if (!reached[j]) {
                throw new EditException("Cannot merge: selected parcel #" + (j + 1)
                        + " neither touches nor overlaps the others");
            }
        }
    }
}
