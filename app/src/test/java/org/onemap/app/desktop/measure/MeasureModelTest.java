package org.onemap.app.desktop.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.onemap.app.desktop.Messages;
import org.onemap.core.geodesy.EllipsoidalMeasure;
import org.onemap.core.units.AreaUnit;
import org.onemap.core.units.MeasureFormat;

class MeasureModelTest {
    private static final GeometryFactory GF = new GeometryFactory();

    @Test
    void areaIsGeodesicAndShownInSquareMetresHectaresAndMu() {
        MeasureModel m = new MeasureModel(Messages.forLocale(Messages.CHINESE));
        m.modeProperty().set(MeasureModel.Mode.AREA);
        m.addVertex(112.90, 27.80);
        m.addVertex(112.91, 27.80);
        m.addVertex(112.91, 27.81);
        m.addVertex(112.90, 27.81);
        m.finish();
        double expected = EllipsoidalMeasure.area(GF.createPolygon(new Coordinate[] {
                new Coordinate(112.90, 27.80), new Coordinate(112.91, 27.80), new Coordinate(112.91, 27.81),
                new Coordinate(112.90, 27.81), new Coordinate(112.90, 27.80)}));
        assertEquals(expected, m.areaSquareMetresProperty().get(), 1e-6);
        assertTrue(expected > 1_000_000 && expected < 1_200_000, "0.01° square near 28°N is about 1.09 km²: " + expected);
        String mu = new MeasureFormat(Messages.CHINESE).formatArea(expected, AreaUnit.MU);
        assertTrue(m.getResult().contains(mu), "result '" + m.getResult() + "' should contain " + mu);
        assertTrue(m.getResult().contains("公顷") && m.getResult().contains("平方米"), m.getResult());
        assertTrue(m.isFinished());
    }

    @Test
    void distanceFollowsThePointerUntilFinished() {
        MeasureModel m = new MeasureModel(Messages.forLocale(Locale.ENGLISH));
        m.modeProperty().set(MeasureModel.Mode.DISTANCE);
        m.addVertex(112.9, 27.8);
        m.pointerAt(112.9, 27.9);
        double live = m.lengthMetresProperty().get();
        assertEquals(EllipsoidalMeasure.distance(112.9, 27.8, 112.9, 27.9), live, 1e-6);
        assertTrue(m.getResult().startsWith("Length: 11.") && m.getResult().endsWith(" km"), m.getResult());
        m.addVertex(112.9, 27.9);
        m.addVertex(113.0, 27.9);
        m.finish();
        double total = EllipsoidalMeasure.distance(112.9, 27.8, 112.9, 27.9) + EllipsoidalMeasure.distance(112.9, 27.9, 113.0, 27.9);
        assertEquals(total, m.lengthMetresProperty().get(), 1e-6);
        m.pointerAt(120, 30);
        assertEquals(total, m.lengthMetresProperty().get(), 1e-6, "a finished measurement ignores the pointer");
    }

    @Test
    void aClickAfterFinishingStartsANewMeasurement() {
        MeasureModel m = new MeasureModel(Messages.forLocale(Messages.CHINESE));
        m.modeProperty().set(MeasureModel.Mode.DISTANCE);
        m.addVertex(112.9, 27.8);
        m.addVertex(112.95, 27.8);
        m.finish();
        m.addVertex(113, 28);
        assertEquals(1, m.vertices().size());
        assertFalse(m.isFinished());
    }

    @Test
    void aDoubleClickDoesNotAddADuplicateVertex() {
        MeasureModel m = new MeasureModel(Messages.forLocale(Messages.CHINESE));
        m.modeProperty().set(MeasureModel.Mode.AREA);
        m.addVertex(112.9, 27.8);
        m.addVertex(112.9, 27.8);
        assertEquals(1, m.vertices().size());
    }

    @Test
    void changingToolClearsAndShowsTheHint() {
        MeasureModel m = new MeasureModel(Messages.forLocale(Messages.CHINESE));
        m.modeProperty().set(MeasureModel.Mode.AREA);
        m.addVertex(112.9, 27.8);
        m.modeProperty().set(MeasureModel.Mode.DISTANCE);
        assertTrue(m.vertices().isEmpty());
        assertEquals("单击地图添加折点，双击结束", m.getResult());
        m.modeProperty().set(null);
        assertEquals("", m.getResult());
    }
}
