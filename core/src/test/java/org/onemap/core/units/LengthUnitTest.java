package org.onemap.core.units;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class LengthUnitTest {
    @Test
    void kilometreIsAThousandMetres() {
        assertEquals(1000.0, LengthUnit.KM.toMetres(1), 0.0);
        assertEquals(1.2345, LengthUnit.KM.fromMetres(1234.5), 1e-12);
        assertEquals(1234.5, LengthUnit.M.fromMetres(1234.5), 0.0);
    }

    @Test
    void symbolsFollowTheLanguage() {
        assertEquals("米", LengthUnit.M.symbol(Locale.CHINA));
        assertEquals("公里", LengthUnit.KM.symbol(Locale.CHINA));
        assertEquals("m", LengthUnit.M.symbol(Locale.ENGLISH));
        assertEquals("km", LengthUnit.KM.symbol(Locale.ENGLISH));
    }
}
