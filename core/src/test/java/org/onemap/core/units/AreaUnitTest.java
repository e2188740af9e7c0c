package org.onemap.core.units;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class AreaUnitTest {
    @Test
    void oneMuIsExactlyTenThousandFifteenthsOfASquareMetre() {
        assertEquals(10000.0 / 15, AreaUnit.MU.squareMetres(), 0.0);
        assertEquals(666.6666666666666, AreaUnit.MU.toSquareMetres(1), 1e-12);
        assertEquals(1.0, AreaUnit.MU.fromSquareMetres(666.6667), 1e-7, "666.6667 m² should read as 1 mu");
    }

    @Test
    void oneHectareIsFifteenMuExactly() {
        assertEquals(15.0, AreaUnit.HA.convert(1, AreaUnit.MU), 0.0);
        assertEquals(15.0, AreaUnit.MU.fromSquareMetres(10_000), 0.0);
        assertEquals(1.0, AreaUnit.MU.convert(15, AreaUnit.HA), 0.0);
    }

    @Test
    void squareKilometreIsAHundredHectaresAndFifteenHundredMu() {
        assertEquals(100.0, AreaUnit.KM2.convert(1, AreaUnit.HA), 0.0);
        assertEquals(1500.0, AreaUnit.KM2.convert(1, AreaUnit.MU), 1e-9);
        assertEquals(1e6, AreaUnit.KM2.toSquareMetres(1), 0.0);
        assertEquals(2.5, AreaUnit.KM2.fromSquareMetres(2_500_000), 0.0);
    }

    @Test
    void conversionsRoundTrip() {
        for (AreaUnit u : AreaUnit.values()) {
            assertEquals(1234.5678, u.fromSquareMetres(u.toSquareMetres(1234.5678)), 1e-9, u.name());
        }
    }

    @Test
    void symbolsFollowTheLanguage() {
        assertEquals("平方米", AreaUnit.M2.symbol(Locale.SIMPLIFIED_CHINESE));
        assertEquals("公顷", AreaUnit.HA.symbol(Locale.SIMPLIFIED_CHINESE));
        assertEquals("亩", AreaUnit.MU.symbol(Locale.CHINA));
        assertEquals("平方公里", AreaUnit.KM2.symbol(Locale.TRADITIONAL_CHINESE));
        assertEquals("m²", AreaUnit.M2.symbol(Locale.ENGLISH));
        assertEquals("ha", AreaUnit.HA.symbol(Locale.UK));
        assertEquals("mu", AreaUnit.MU.symbol(Locale.US));
        assertEquals("km²", AreaUnit.KM2.symbol(Locale.GERMANY));
    }
}
