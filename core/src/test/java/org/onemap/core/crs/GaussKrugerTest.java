package org.onemap.core.crs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class GaussKrugerTest {
    @Test
    void xiangtanIsInThreeDegreeZone38WithCentralMeridian114() {
        assertEquals(38, GaussKruger.zone3(112.9));
        assertEquals(114.0, GaussKruger.centralMeridian3(38));
        assertEquals(19, GaussKruger.zone6(112.9));
        assertEquals(111.0, GaussKruger.centralMeridian6(19));
    }

    @Test
    void zoneBoundaryMeridianBelongsToTheEasternZone() {
        assertEquals(37, GaussKruger.zone3(112.49));
        assertEquals(38, GaussKruger.zone3(112.5));
        assertEquals(38, GaussKruger.zone3(115.49));
        assertEquals(39, GaussKruger.zone3(115.5));
        assertEquals(18, GaussKruger.zone6(107.99));
        assertEquals(19, GaussKruger.zone6(108.0));
    }

    @Test
    void picksTheCgcs2000EpsgCodesOfTheZone() {
        assertEquals("EPSG:4547", GaussKruger.epsg3NoPrefix(112.9));
        assertEquals("EPSG:4526", GaussKruger.epsg3WithPrefix(112.9));
        assertEquals("EPSG:4508", GaussKruger.epsg6NoPrefix(112.9));
        assertEquals("EPSG:4497", GaussKruger.epsg6WithPrefix(112.9));
        // ends of the ranges: zone 25 (CM 75E) … zone 45 (CM 135E); 6° zone 13 (CM 75E) … 23 (CM 135E)
        assertEquals("EPSG:4534", GaussKruger.epsg3NoPrefix(75));
        assertEquals("EPSG:4554", GaussKruger.epsg3NoPrefix(135));
        assertEquals("EPSG:4513", GaussKruger.epsg3WithPrefix(75));
        assertEquals("EPSG:4533", GaussKruger.epsg3WithPrefix(135));
        assertEquals("EPSG:4502", GaussKruger.epsg6NoPrefix(75));
        assertEquals("EPSG:4512", GaussKruger.epsg6NoPrefix(135));
        assertEquals("EPSG:4491", GaussKruger.epsg6WithPrefix(75));
        assertEquals("EPSG:4501", GaussKruger.epsg6WithPrefix(135));
        assertEquals("CGCS2000 / 3-degree Gauss-Kruger CM 114E", CrsRegistry.displayName(GaussKruger.epsg3NoPrefix(112.9)));
        assertEquals("CGCS2000 / 3-degree Gauss-Kruger zone 38", CrsRegistry.displayName(GaussKruger.epsg3WithPrefix(112.9)));
    }

    @Test
    void rejectsLongitudesOutsideChinasZones() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GaussKruger.epsg3NoPrefix(10.0));
        assertEquals(true, e.getMessage().contains("10.0"), "message should name the longitude: " + e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GaussKruger.epsg6WithPrefix(140.0));
        assertThrows(IllegalArgumentException.class, () -> GaussKruger.toGk3(-0.1, 51.5));
    }

    @Test
    void projectsIntoTheZoneOfTheLongitudeLikeProj() {
        // PROJ 9.1.1: echo "27.85 112.9" | cs2cs -d 6 EPSG:4490 EPSG:4547 → 3082304.939967 391648.711883
        assertArrayEquals(new double[] {391648.711883, 3082304.939967}, GaussKruger.toGk3(112.9, 27.85), 0.001, "Xiangtan");
        // still zone 38 just west of the 115.5E boundary: cs2cs gives 3032731.599287 638469.806849
        assertArrayEquals(new double[] {638469.806849, 3032731.599287}, GaussKruger.toGk3(115.4, 27.4), 0.001, "115.4E 27.4N");
    }

    @Test
    void readoutNamesZoneAndRoundsToCentimetres() {
        GaussKruger.Position p = GaussKruger.position3(112.9, 27.85);
        assertEquals(38, p.zone());
        assertEquals(114.0, p.centralMeridian());
        assertEquals("EPSG:4547", p.epsg());
        assertEquals("CGCS2000 3° GK zone 38: E 391648.71 N 3082304.94", p.toString());
    }

    @Test
    void recognisesTheCrsOfPrefixedEastings() {
        assertEquals(38, GaussKruger.zoneOfPrefixedEasting(38391648.71));
        assertEquals(-1, GaussKruger.zoneOfPrefixedEasting(391648.71));
        assertEquals(-1, GaussKruger.zoneOfPrefixedEasting(50_500_000));
        assertEquals("EPSG:4526", GaussKruger.epsgForPrefixedEasting(38391648.71));
        assertEquals("EPSG:4497", GaussKruger.epsgForPrefixedEasting(19687165.17));
        assertThrows(IllegalArgumentException.class, () -> GaussKruger.epsgForPrefixedEasting(391648.71));
        assertThrows(IllegalArgumentException.class, () -> GaussKruger.epsgForPrefixedEasting(24_500_000));
    }
}
