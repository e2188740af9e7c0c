package org.onemap.app.desktop.extrude;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.onemap.app.desktop.Messages;
import org.onemap.app.desktop.identify.AttributeRow;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.DataSource;
import org.onemap.map.extrude.ClassMesh;
import org.onemap.map.extrude.ExtrudedFeature;

/** The 3D view's view-model on a real seeded H2GIS workspace, without a JavaFX toolkit. */
class ExtrusionViewModelTest {
    private final DataSource workspace = ExtrusionWorkspace.withParcels(2_000);

    private ExtrusionViewModel loaded(ExtrusionPreset preset) {
        ExtrusionViewModel vm = new ExtrusionViewModel(workspace, Messages.forLocale(Messages.CHINESE), Runnable::run, Runnable::run);
        vm.setPreset(preset);
        assertNotNull(vm.getScene(), "scene not loaded: " + vm.statusProperty().get());
        return vm;
    }

    @Test
    void townshipOutputExtrudesEveryTownshipInFiveColourClassesWithAChineseLegend() {
        ExtrusionViewModel vm = loaded(ExtrusionPreset.TOWNSHIP_OUTPUT);
        long townships = workspace.layer("township_stats").count(Query.ALL);
        ExtrusionScene s = vm.getScene();
        assertEquals(townships, s.model().features().size(), "every township extruded");
        assertEquals(0, s.model().skipped());
        assertTrue(s.model().meshes().size() <= ExtrusionPreset.CLASSES, "one merged mesh per class");
        assertEquals(5, vm.legend().size());
        int counted = 0;
        for (LegendEntry e : vm.legend()) {
            assertTrue(e.label().endsWith("万元"), e.label());
            counted += e.count();
        }
        assertEquals(townships, counted, "legend counts add up to the features");
        assertTrue(vm.titleProperty().get().contains("乡镇农业产值"), vm.titleProperty().get());
        assertTrue(vm.statusProperty().get().contains(String.valueOf(townships)), vm.statusProperty().get());
        // the tallest class is the darkest red and listed first
        assertEquals(s.model().classes().colour(s.model().classes().size() - 1), vm.legend().get(0).colour());
    }

    @Test
    void pickingAFaceSelectsItsFeatureAndListsItsAttributes() {
        ExtrusionViewModel vm = loaded(ExtrusionPreset.TOWNSHIP_OUTPUT);
        ClassMesh top = vm.getScene().model().meshes().get(vm.getScene().model().meshes().size() - 1);
        ExtrudedFeature expected = vm.getScene().model().features().get(top.featureOfFace(top.triangleCount() - 1));
        vm.pick(top, top.triangleCount() - 1);
        assertEquals(expected, vm.getSelected());
        List<AttributeRow> rows = vm.attributes();
        assertEquals(expected.id(), rows.stream().filter(r -> r.field().equals("id")).findFirst().orElseThrow().value());
        AttributeRow output = rows.stream().filter(r -> r.field().equals("output_value_wan")).findFirst().orElseThrow();
        assertEquals("农业产值（万元）", output.label());
        assertEquals(expected.value(), Double.parseDouble(output.value().replace(",", "")), 1e-9);
        assertNotNull(vm.selectedFeature().geometry());
        vm.pick(null, -1);
        assertNull(vm.getSelected(), "a click on the ground clears the selection");
        assertTrue(vm.attributes().isEmpty());
    }

    @Test
    void parcelAreaPresetExtrudesParcelsByAreaInMu() {
        ExtrusionViewModel vm = loaded(ExtrusionPreset.PARCEL_AREA);
        ExtrusionScene s = vm.getScene();
        assertEquals(2_000, s.model().features().size() + s.model().skipped());
        assertTrue(s.model().features().size() >= 1_990, "nearly every parcel extruded, skipped " + s.model().skipped());
        assertTrue(vm.legend().get(0).label().endsWith("亩"), vm.legend().get(0).label());
        // heights follow the value: the largest parcel is the tallest
        ExtrudedFeature tallest = s.model().features().stream().max((a, b) -> Double.compare(a.height(), b.height())).orElseThrow();
        double maxValue = s.model().features().stream().mapToDouble(ExtrudedFeature::value).max().orElseThrow();
        assertEquals(maxValue, tallest.value(), 1e-9);
        assertFalse(s.baseMap().image().getWidth() < 1000, "the base map is a real picture");
    }

    @Test
    void orbitTiltAndZoomStayWithinLimits() {
        OrbitCamera c = new OrbitCamera();
        c.frame(new Envelope(-5000, 5000, -3000, 3000));
        assertEquals(OrbitCamera.DEFAULT_TILT, c.tiltProperty().get());
        c.tilt(10_000);
        assertEquals(OrbitCamera.MAX_TILT, c.tiltProperty().get(), "never below the horizon");
        c.tilt(-10_000);
        assertEquals(0, c.tiltProperty().get(), "straight down at most");
        c.orbit(100);
        assertEquals(330, c.headingProperty().get(), 1e-9, "100 px left-drag = 30° turn");
        double d = c.distanceProperty().get();
        c.zoom(40);
        assertEquals(d * 0.9, c.distanceProperty().get(), 1e-6, "one wheel notch = 10 % closer");
        for (int i = 0; i < 500; i++) c.zoom(40);
        assertEquals(10_000 * 0.01, c.distanceProperty().get(), 1e-6, "zoom stops at 1 % of the extent");
        assertTrue(c.nearClip() > 0 && c.farClip() > c.nearClip() * 100);
    }

    @Test
    void aMissingAttributeReportsInsteadOfThrowing() {
        DataSource empty = new org.onemap.core.memory.MemoryDataSource();
        ExtrusionViewModel vm = new ExtrusionViewModel(empty, Messages.forLocale(Messages.CHINESE), Runnable::run, Runnable::run);
        vm.setPreset(ExtrusionPreset.TOWNSHIP_OUTPUT);
        assertNull(vm.getScene());
        assertFalse(vm.loadingProperty().get());
        assertTrue(vm.statusProperty().get().startsWith("无法生成三维场景"), vm.statusProperty().get());
    }
}
