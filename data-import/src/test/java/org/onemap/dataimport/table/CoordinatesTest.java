package org.onemap.dataimport.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CoordinatesTest {
    static final double LON = 112 + 54 / 60.0 + 30 / 3600.0;

    @Test
    void readsDecimalAndDegreesMinutesSecondsInTheFormsSheetsUse() {
        assertEquals(112.9083, Coordinates.parse(" 112.9083 "), 1e-12);
        assertEquals(LON, Coordinates.parse("112°54'30\""), 1e-12);
        assertEquals(LON, Coordinates.parse("112°54′30″"), 1e-12);
        assertEquals(LON, Coordinates.parse("112度54分30秒"), 1e-12);
        assertEquals(LON, Coordinates.parse("E112°54'30\""), 1e-12);
        assertEquals(LON, Coordinates.parse("112:54:30"), 1e-12);
        assertEquals(112 + 54.5 / 60, Coordinates.parse("112°54.5'"), 1e-12);
        assertEquals(-LON, Coordinates.parse("112°54'30\"W"), 1e-12);
    }

    @Test
    void textIsNotACoordinate() {
        assertNull(Coordinates.parse("不详"));
        assertNull(Coordinates.parse("abc"));
        assertNull(Coordinates.parse("112°75'"), "minutes over 60");
        assertNull(Coordinates.parse(""));
    }
}
