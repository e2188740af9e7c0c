package org.onemap.app.desktop.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.onemap.app.desktop.Messages;
import org.onemap.core.crs.GaussKruger;

class StatusModelTest {
    @Test
    void showsLonLatWithSixDecimalsAndTheGaussKrugerZone() {
        StatusModel m = new StatusModel(Messages.forLocale(Messages.CHINESE));
        m.pointerAt(112.9445678, 27.8291234);
        assertEquals("经度 112.944568°  纬度 27.829123°", m.lonLatProperty().get());
        GaussKruger.Position p = GaussKruger.position3(112.9445678, 27.8291234);
        assertEquals(38, p.zone(), "Xiangtan lies in 3° zone 38");
        String gk = m.gaussKrugerProperty().get();
        assertTrue(gk.contains("第38带"), gk);
        assertTrue(gk.contains(String.format(Locale.ROOT, "E %.2f m", p.easting())), gk);
        assertTrue(gk.contains(String.format(Locale.ROOT, "N %.2f m", p.northing())), gk);
        m.pointerGone();
        assertEquals("", m.lonLatProperty().get());
    }

    @Test
    void outsideChinasZonesSaysSoInsteadOfFailing() {
        StatusModel m = new StatusModel(Messages.forLocale(Locale.ENGLISH));
        m.pointerAt(-73.98, 40.75);
        assertEquals("CGCS2000 3° GK: out of range", m.gaussKrugerProperty().get());
    }

    @Test
    void scaleIsGroupedPerLocale() {
        StatusModel zh = new StatusModel(Messages.forLocale(Messages.CHINESE));
        zh.scale(24_999.6);
        assertEquals("比例尺 1:25,000", zh.scaleProperty().get());
        StatusModel en = new StatusModel(Messages.forLocale(Locale.ENGLISH));
        en.scale(1_234_567);
        assertEquals("Scale 1:1,234,567", en.scaleProperty().get());
        en.scale(Double.NaN);
        assertEquals("", en.scaleProperty().get());
    }
}
