package org.onemap.core.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.onemap.core.crs.GaussKruger;

class TypedCoordinateTest {
    private static final double LON = 112.9437, LAT = 27.8296; // Xiangtan

    @Test
    void readsLonLatInEitherOrder() {
        assertEquals(new Coordinate(LON, LAT), TypedCoordinate.parse("112.9437, 27.8296", 113));
        assertEquals(new Coordinate(LON, LAT), TypedCoordinate.parse("27.8296，112.9437", 113));
    }

    @Test
    void readsGaussKrugerSurveyXyWithOrWithoutZonePrefix() {
        GaussKruger.Position p = GaussKruger.position3(LON, LAT);
        double prefixed = p.zone() * 1_000_000 + p.easting();
        Coordinate c1 = TypedCoordinate.parse(String.format(Locale.ROOT, "%.3f %.3f", p.northing(), prefixed), 0);
        assertEquals(LON, c1.x, 1e-7);
        assertEquals(LAT, c1.y, 1e-7);
        Coordinate c2 = TypedCoordinate.parse(String.format(Locale.ROOT, "%.3f, %.3f", p.easting(), p.northing()), 113);
        assertEquals(LON, c2.x, 1e-7, "bare easting takes the zone of the map centre");
        assertEquals(LAT, c2.y, 1e-7);
    }

    @Test
    void refusesTextThatIsNoCoordinate() {
        assertThrows(EditException.class, () -> TypedCoordinate.parse("112.9", 113));
        assertThrows(EditException.class, () -> TypedCoordinate.parse("abc 27.8", 113));
        assertThrows(EditException.class, () -> TypedCoordinate.parse("500 600", 113));
    }
}
