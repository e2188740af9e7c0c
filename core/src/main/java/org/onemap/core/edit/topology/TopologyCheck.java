package org.onemap.core.edit.topology;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.onemap.core.crs.CrsRegistry;
import org.onemap.core.edit.ValidPolygons;
import org.onemap.core.feature.Feature;
import org.onemap.core.geodesy.EllipsoidalMeasure;
import org.onemap.core.units.AreaUnit;
import org.onemap.core.units.MeasureFormat;

/**
 * Checks parcels against the {@link TopologyRule}s. Areas are measured on the ellipsoid in the layer
 * CRS given at construction; overlaps and gaps below {@code sliverSquareMetres} are ignored as noise
 * of floating-point noding. Candidate pairs come from an STRtree, so the cost follows the number of
 * neighbours, not the square of the parcel count.
 */
public final class TopologyCheck {
    private final String crs;
    private final double minAreaSquareMetres;
    private final double sliverSquareMetres;
    private final MeasureFormat format = new MeasureFormat(java.util.Locale.CHINA);

    /**
     * @param crs layer CRS id (e.g. {@link CrsRegistry#WGS84})
     * @param minAreaSquareMetres minimum parcel area; 0 disables the rule
     * @param sliverSquareMetres overlaps/gaps smaller than this are not reported
     */
    public TopologyCheck(String crs, double minAreaSquareMetres, double sliverSquareMetres) {
        this.crs = crs;
        this.minAreaSquareMetres = minAreaSquareMetres;
        this.sliverSquareMetres = sliverSquareMetres;
    }

    /** Rules that need only the parcels themselves: validity, overlap, minimum area. */
    public List<TopologyViolation> check(Collection<Feature> parcels) {
        List<TopologyViolation> out = new ArrayList<>();
        STRtree tree = new STRtree();
        for (Feature f : parcels) {
            if (!f.geometry().isValid()) {
                out.add(new TopologyViolation(TopologyRule.VALID_GEOMETRY, List.of(f.id()), f.geometry(), 0,
                        "Parcel " + f.id() + " has an invalid geometry (self-intersection or bad ring)",
                        new SuggestedFix("Repair geometry", Map.of(f.id(),
                                ValidPolygons.polygonalPart(GeometryFixer.fix(f.geometry(), false))))));
                continue;
            }
            tree.insert(f.geometry().getEnvelopeInternal(), f);
            double area = area(f.geometry());
            if (minAreaSquareMetres > 0 && area < minAreaSquareMetres) {
                out.add(new TopologyViolation(TopologyRule.MINIMUM_AREA, List.of(f.id()), f.geometry(), area,
                        "Parcel " + f.id() + " is " + format.formatArea(area, AreaUnit.MU) + ", below the minimum "
                                + format.formatArea(minAreaSquareMetres, AreaUnit.MU), null));
            }
        }
        for (Feature a : parcels) {
            if (!a.geometry().isValid()) continue;
            @SuppressWarnings("unchecked")
            List<Feature> near = tree.query(a.geometry().getEnvelopeInternal());
            for (Feature b : near) {
                // each unordered pair once
                if (b.id().compareTo(a.id()) <= 0 || !a.geometry().intersects(b.geometry())) continue;
                Geometry overlap = ValidPolygons.polygonalPart(
                        OverlayNGRobust.overlay(a.geometry(), b.geometry(), OverlayNG.INTERSECTION));
                if (overlap.isEmpty()) continue;
                double area = area(overlap);
                if (area < sliverSquareMetres) continue;
                Geometry trimmed = OverlayNGRobust.overlay(b.geometry(), a.geometry(), OverlayNG.DIFFERENCE);
                out.add(new TopologyViolation(TopologyRule.NO_OVERLAP, List.of(a.id(), b.id()), overlap, area,
                        "Parcels " + a.id() + " and " + b.id() + " overlap by " + format.formatArea(area, AreaUnit.MU)
                                + " (" + format.formatArea(area, AreaUnit.M2) + ")",
                        new SuggestedFix("Snap parcel " + b.id() + " to the edge of " + a.id(),
                                Map.of(b.id(), ValidPolygons.polygonalPart(trimmed)))));
            }
        }
        return out;
    }

    /** Parcels of {@code container} (village or county) that stick out of it, and (optionally) gaps inside it. */
    public List<TopologyViolation> checkWithin(Feature container, Collection<Feature> parcels, boolean noGap) {
        List<TopologyViolation> out = new ArrayList<>();
        Geometry boundary = container.geometry();
        for (Feature f : parcels) {
            if (!f.geometry().isValid() || boundary.covers(f.geometry())) continue;
            Geometry outside = ValidPolygons.polygonalPart(
                    OverlayNGRobust.overlay(f.geometry(), boundary, OverlayNG.DIFFERENCE));
            double area = area(outside);
            if (outside.isEmpty() || area < sliverSquareMetres) continue;
            Geometry clipped = OverlayNGRobust.overlay(f.geometry(), boundary, OverlayNG.INTERSECTION);
            out.add(new TopologyViolation(TopologyRule.INSIDE_CONTAINER, List.of(f.id(), container.id()), outside,
                    area, "Parcel " + f.id() + " extends " + format.formatArea(area, AreaUnit.MU)
                            + " outside " + container.id(),
                    new SuggestedFix("Clip parcel " + f.id() + " to " + container.id(),
                            Map.of(f.id(), ValidPolygons.polygonalPart(clipped)))));
        }
        if (noGap) out.addAll(gaps(container, parcels));
        return out;
    }

    private List<TopologyViolation> gaps(Feature container, Collection<Feature> parcels) {
        List<TopologyViolation> out = new ArrayList<>();
        List<Geometry> geoms = parcels.stream().map(Feature::geometry).filter(Geometry::isValid).toList();
        if (geoms.isEmpty()) return out;
        Geometry covered = UnaryUnionOp.union(geoms);
        Geometry gaps = ValidPolygons.polygonalPart(
                OverlayNGRobust.overlay(container.geometry(), covered, OverlayNG.DIFFERENCE));
        for (int i = 0; i < gaps.getNumGeometries(); i++) {
            Polygon gap = (Polygon) gaps.getGeometryN(i);
            double area = area(gap);
            if (area < sliverSquareMetres) continue;
            Feature neighbour = longestSharedBoundary(gap, parcels);
            SuggestedFix fix = neighbour == null ? null : new SuggestedFix(
                    "Remove sliver: add it to parcel " + neighbour.id(),
                    Map.of(neighbour.id(), ValidPolygons.polygonalPart(
                            OverlayNGRobust.overlay(neighbour.geometry(), gap, OverlayNG.UNION))));
            out.add(new TopologyViolation(TopologyRule.NO_GAP,
                    neighbour == null ? List.of(container.id()) : List.of(container.id(), neighbour.id()), gap, area,
                    "Gap of " + format.formatArea(area, AreaUnit.MU) + " between parcels in " + container.id(), fix));
        }
        return out;
    }

    private static Feature longestSharedBoundary(Geometry gap, Collection<Feature> parcels) {
        Feature best = null;
        double bestLength = 0;
        for (Feature f : parcels) {
            if (!f.geometry().isValid() || !f.geometry().intersects(gap)) continue;
            double shared = OverlayNGRobust.overlay(gap.getBoundary(), f.geometry(), OverlayNG.INTERSECTION).getLength();
            if (shared > bestLength) { bestLength = shared; best = f; }
        }
        return best;
    }

    private double area(Geometry g) {
        return EllipsoidalMeasure.area(g, crs);
    }
}
