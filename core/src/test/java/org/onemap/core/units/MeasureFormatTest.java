package org.onemap.core.units;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class MeasureFormatTest {
    private static final double MU_1234_5 = AreaUnit.MU.toSquareMetres(1234.5); // 823 000 m²

    @Test
    void formatsMuWithChineseSymbolAndGrouping() {
        assertEquals("1,234.5 亩", new MeasureFormat(Locale.CHINA).formatArea(MU_1234_5, AreaUnit.MU));
    }

    @Test
    void formatsMuInEnglish() {
        assertEquals("1,234.5 mu", new MeasureFormat(Locale.ENGLISH).formatArea(MU_1234_5, AreaUnit.MU));
    }

    @Test
    void usesTheLocalesDecimalMarks() {
        assertEquals("1.234,5 mu", new MeasureFormat(Locale.GERMANY).formatArea(MU_1234_5, AreaUnit.MU));
    }

    @Test
    void showsOneAreaInSquareMetresHectaresAndMu() {
        assertEquals("10,000 m² / 1 ha / 15 mu", new MeasureFormat(Locale.ENGLISH).formatAreaAllUnits(10_000));
        assertEquals("10,000 平方米 / 1 公顷 / 15 亩", new MeasureFormat(Locale.CHINA).formatAreaAllUnits(10_000));
        assertEquals("666.7 m² / 0.0667 ha / 1 mu", new MeasureFormat(Locale.ENGLISH).formatAreaAllUnits(666.6667));
    }

    @Test
    void roundsHalvesUpAndDropsTrailingZeros() {
        MeasureFormat en = new MeasureFormat(Locale.ENGLISH);
        assertEquals("0.13 mu", en.formatArea(AreaUnit.MU.toSquareMetres(0.125), AreaUnit.MU));
        assertEquals("2 mu", en.formatArea(AreaUnit.MU.toSquareMetres(2), AreaUnit.MU));
        assertEquals("1,234.6 mu", en.formatArea(MU_1234_5 + 40, AreaUnit.MU, 1));
        assertEquals("0.823 km²", en.formatArea(MU_1234_5, AreaUnit.KM2));
    }

    @Test
    void picksMetresOrKilometresForLengths() {
        MeasureFormat en = new MeasureFormat(Locale.ENGLISH);
        assertEquals("850 m", en.formatLength(850));
        assertEquals("999.9 m", en.formatLength(999.94));
        assertEquals("1.235 km", en.formatLength(1234.5));
        assertEquals("12,345.679 km", en.formatLength(12_345_678.9));
        assertEquals("1.235 公里", new MeasureFormat(Locale.CHINA).formatLength(1234.5));
        assertEquals("1,234.5 米", new MeasureFormat(Locale.CHINA).formatLength(1234.5, LengthUnit.M));
    }
}
