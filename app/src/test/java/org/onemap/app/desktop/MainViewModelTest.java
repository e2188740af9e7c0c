package org.onemap.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.onemap.app.desktop.layers.LayerItem;
import org.onemap.app.desktop.measure.MeasureModel;
import org.onemap.core.feature.Feature;
import org.onemap.map.render.RenderLayer;

/** The main window's view-model, without JavaFX running: reads run inline. */
class MainViewModelTest {
    private MainViewModel vm;

    @BeforeEach
    void setUp() {
        vm = new MainViewModel(MemoryWorkspace.create(), Messages.forLocale(Messages.CHINESE), Runnable::run, Runnable::run);
    }

    @Test
    void layerTreeListsAreasUnderPointsWithChineseTitles() {
        assertEquals(List.of("village", "parcel", "county"), vm.layers().items().stream().map(LayerItem::name).toList(),
                "tree rows top-down: points drawn over parcels drawn over counties");
        assertEquals("县级行政区", vm.layers().item("county").title());
        assertEquals("村（社区）", vm.layers().item("village").title());
        assertEquals(List.of("county", "parcel", "village"), vm.mapLayers().layers().stream().map(RenderLayer::name).toList(),
                "render list is bottom first");
    }

    @Test
    void hidingALayerRebuildsTheRenderLayerSet() {
        List<RenderLayer> before = vm.mapLayers().layers();
        vm.layers().item("parcel").setVisible(false);
        List<RenderLayer> after = vm.mapLayers().layers();
        assertTrue(before != after, "a new render layer list is published on every change");
        assertTrue(before.stream().filter(l -> l.name().equals("parcel")).findFirst().orElseThrow().visible());
        assertFalse(vm.mapLayers().layer("parcel").visible(), "parcel render layer should be switched off");
        assertTrue(vm.mapLayers().layer("county").visible());
    }

    @Test
    void opacityAndOrderReachTheRenderLayers() {
        vm.layers().item("county").setOpacity(0.4);
        assertEquals(0.4, vm.mapLayers().layer("county").opacity(), 1e-9);
        vm.layers().moveUp(vm.layers().item("county"));
        assertEquals(List.of("parcel", "county", "village"), vm.mapLayers().layers().stream().map(RenderLayer::name).toList());
    }

    @Test
    void selectingTableRowsHighlightsTheirGeometries() {
        vm.layers().select(vm.layers().item("parcel"));
        assertEquals(3, vm.table().rows().size(), "parcel rows should load (inline executor)");
        Feature second = vm.table().rows().get(1);
        vm.table().selection().setAll(second);
        assertEquals(1, vm.highlight().size());
        assertTrue(vm.highlight().get(0).equalsExact(second.geometry()), "highlight should be the selected parcel's geometry");
        vm.table().selection().clear();
        assertTrue(vm.highlight().isEmpty());
    }

    @Test
    void identifyingAFeatureOfTheTableLayerSelectsItsRow() {
        vm.layers().select(vm.layers().item("county"));
        vm.setTool(Tool.IDENTIFY);
        vm.identifyAt(112.96, 27.86, new Envelope(112.9599, 112.9601, 27.8599, 27.8601));
        assertEquals("东县", vm.identify().getSelected().displayName(), "only the east county lies under the click");
        assertEquals(1, vm.table().selection().size());
        assertEquals("东县", vm.table().selection().get(0).get("name"));
        assertTrue(vm.highlight().get(0).equalsExact(vm.table().selection().get(0).geometry()));
    }

    @Test
    void measuringToolsSwitchTheMeasureMode() {
        vm.setTool(Tool.MEASURE_AREA);
        assertEquals(MeasureModel.Mode.AREA, vm.measure().getMode());
        vm.setTool(Tool.MEASURE_DISTANCE);
        assertEquals(MeasureModel.Mode.DISTANCE, vm.measure().getMode());
        vm.setTool(Tool.PAN);
        assertNull(vm.measure().getMode());
    }

    @Test
    void fullExtentIsTheAreaLayers() {
        Envelope e = vm.fullExtent();
        assertEquals(new Envelope(112.8, 113.0, 27.8, 27.9), e);
        vm.layers().item("county").setVisible(false);
        vm.layers().item("parcel").setVisible(false);
        assertEquals(new Envelope(112.85, 112.95, 27.85, 27.85), vm.fullExtent(), "only villages visible: their extent");
    }
}
