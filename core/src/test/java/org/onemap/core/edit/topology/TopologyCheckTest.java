package org.onemap.core.edit.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.onemap.core.crs.CrsRegistry;
import org.onemap.core.edit.session.EditSession;
import org.onemap.core.feature.Feature;
import org.onemap.core.geodesy.EllipsoidalMeasure;
import org.onemap.core.units.AreaUnit;

class TopologyCheckTest {
    private final WKTReader wkt = new WKTReader();
    private final TopologyCheck check = new TopologyCheck(CrsRegistry.WGS84, 0, 0.01);

    private Feature parcel(String id, String w) throws ParseException {
        return new Feature(id, wkt.read(w), Map.of(), 1);
    }

    @Test
    void catchesCraftedOverlapWithItsAreaInMu() throws ParseException {
        // two parcels near Xiangtan; b reaches 0.0001° (≈ 9.8 m) into a along a 0.001° (≈ 111 m) edge
        Feature a = parcel("1", "POLYGON ((112.900 27.800, 112.901 27.800, 112.901 27.801, 112.900 27.801, 112.900 27.800))");
        Feature b = parcel("2", "POLYGON ((112.9009 27.800, 112.902 27.800, 112.902 27.801, 112.9009 27.801, 112.9009 27.800))");
        Feature c = parcel("3", "POLYGON ((112.902 27.800, 112.903 27.800, 112.903 27.801, 112.902 27.801, 112.902 27.800))");
        List<TopologyViolation> found = check.check(List.of(a, b, c));
        assertEquals(1, found.size(), "only a/b overlap (b and c merely share an edge): " + found);
        TopologyViolation v = found.get(0);
        assertEquals(TopologyRule.NO_OVERLAP, v.rule());
        assertEquals(List.of("1", "2"), v.featureIds());
        Geometry expectedOverlap = wkt.read(
                "POLYGON ((112.9009 27.800, 112.901 27.800, 112.901 27.801, 112.9009 27.801, 112.9009 27.800))");
        assertTrue(v.location().equalsTopo(expectedOverlap), "overlap polygon " + v.location());
        double expectedM2 = EllipsoidalMeasure.area(expectedOverlap);
        assertEquals(expectedM2, v.areaSquareMetres(), 1e-6);
        // independent plausibility: 0.0001° lon × 0.001° lat ≈ 9.85 m × 110.8 m ≈ 1091 m² ≈ 1.64 mu
        assertEquals(1.64, AreaUnit.MU.fromSquareMetres(v.areaSquareMetres()), 0.02);
        assertTrue(v.message().contains("亩"), v.message());
        Geometry fixed = v.fix().newGeometries().get("2");
        assertTrue(check.check(List.of(a, b.withGeometry(fixed), c)).isEmpty(), "no violation left after the fix");

        EditSession session = new EditSession(List.of(a, b, c));
        session.execute(v.fix().asEdit(session));
        assertTrue(check.check(session.features()).isEmpty(), "fix applied through the session removes the overlap");
        session.undo();
        assertEquals(1, check.check(session.features()).size(), "undoing the fix brings the overlap back");
    }

    @Test
    void flagsInvalidAndTooSmallParcels() throws ParseException {
        TopologyCheck withMinimum = new TopologyCheck(CrsRegistry.WGS84, AreaUnit.MU.toSquareMetres(1), 0.01);
        Feature bowtie = parcel("9", "POLYGON ((112.9 27.8, 112.901 27.801, 112.901 27.8, 112.9 27.801, 112.9 27.8))");
        Feature tiny = parcel("10", "POLYGON ((112.91 27.8, 112.9101 27.8, 112.9101 27.8001, 112.91 27.8001, 112.91 27.8))");
        List<TopologyViolation> found = withMinimum.check(List.of(bowtie, tiny));
        assertEquals(List.of(TopologyRule.VALID_GEOMETRY, TopologyRule.MINIMUM_AREA),
                found.stream().map(TopologyViolation::rule).toList());
        assertTrue(found.get(0).fix().newGeometries().get("9").isValid());
    }

    @Test
    void findsParcelOutsideVillageAndGapWithSliverFix() throws ParseException {
        Feature village = parcel("village", "POLYGON ((112.90 27.80, 112.92 27.80, 112.92 27.82, 112.90 27.82, 112.90 27.80))");
        Feature west = parcel("1", "POLYGON ((112.90 27.80, 112.91 27.80, 112.91 27.82, 112.90 27.82, 112.90 27.80))");
        // east parcel leaves a 0.0005° strip free and sticks out past the eastern boundary
        Feature east = parcel("2", "POLYGON ((112.9105 27.80, 112.921 27.80, 112.921 27.82, 112.9105 27.82, 112.9105 27.80))");
        List<TopologyViolation> found = check.checkWithin(village, List.of(west, east), true);
        assertEquals(List.of(TopologyRule.INSIDE_CONTAINER, TopologyRule.NO_GAP),
                found.stream().map(TopologyViolation::rule).toList(), found.toString());
        assertTrue(found.get(0).fix().newGeometries().get("2").getEnvelopeInternal().getMaxX() <= 112.92 + 1e-12);
        TopologyViolation gap = found.get(1);
        Geometry filled = gap.fix().newGeometries().values().iterator().next();
        assertTrue(filled.covers(gap.location()), "sliver fix adds the gap to a neighbour");
    }
}
