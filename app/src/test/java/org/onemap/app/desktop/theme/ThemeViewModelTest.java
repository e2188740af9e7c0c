package org.onemap.app.desktop.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onemap.app.desktop.MainViewModel;
import org.onemap.app.desktop.Messages;
import org.onemap.app.desktop.layers.LayerItem;
import org.onemap.core.memory.MemoryDataSource;
import org.onemap.map.render.RenderLayer;
import org.onemap.sample.SampleCatalog;
import org.onemap.sample.WorkspaceSeeder;
import org.onemap.thematic.legend.ThematicLegend;
import org.onemap.thematic.module.ThematicModules;

/** The 专题 switch on a seeded in-memory workspace, without JavaFX running: modules are built inline. */
class ThemeViewModelTest {
    private static MemoryDataSource workspace;

    @BeforeAll
    static void seed() {
        workspace = new MemoryDataSource();
        WorkspaceSeeder.seed(workspace, 300, msg -> { });
    }

    private static MainViewModel window() {
        return new MainViewModel(workspace, Messages.forLocale(Messages.CHINESE), Runnable::run, Runnable::run);
    }

    private static Map<String, Boolean> visibility(MainViewModel vm) {
        return vm.layers().items().stream().collect(Collectors.toMap(LayerItem::name, LayerItem::isVisible));
    }

    @Test
    void thePlainViewShowsTheCanonicalLayersAndListsTheThemeLayersHidden() {
        MainViewModel vm = window();
        for (String name : SampleCatalog.LAYER_ORDER) assertTrue(vm.layers().item(name).isVisible(), name + " should start visible");
        for (String name : SampleCatalog.THEME_LAYERS) {
            assertFalse(vm.layers().item(name).isVisible(), name + " is a theme layer: listed in the tree but hidden in the plain view");
        }
        assertTrue(vm.mapLayers().themeLayers().isEmpty());
    }

    @Test
    void offersTheOverviewFirstThenTheFiveModules() {
        assertEquals(List.of("overview", "resources", "environment", "governance", "ecommerce", "industry"),
                window().theme().modules().stream().map(m -> m.id()).toList());
    }

    @Test
    void choosingAModuleAppliesItsViewLayersLegendsAndIndicators() {
        MainViewModel vm = window();
        ThemeViewModel theme = vm.theme();
        var resources = ThematicModules.require("resources");
        theme.select("resources");

        assertEquals("resources", theme.active().id());
        Set<String> shown = new HashSet<>(resources.defaultView().visibleLayers());
        for (LayerItem i : vm.layers().items()) {
            assertEquals(shown.contains(i.name()), i.isVisible(), i.name() + ": the saved view 'resources' decides what is switched on");
        }
        List<RenderLayer> themed = theme.mapProperty().get().layers();
        assertEquals(themed, vm.mapLayers().themeLayers());
        for (RenderLayer l : themed) {
            assertTrue(vm.mapLayers().layers().contains(l), "the map's layer set should draw the module's layer " + l.titleIn(null));
        }
        assertFalse(theme.legends().isEmpty(), "legends of the module");
        assertTrue(theme.legends().stream().allMatch(l -> l.title().contains("合成数据")), "resources shows only generated data: "
                + theme.legends().stream().map(ThematicLegend::title).toList());
        assertTrue(theme.legends().stream().mapToLong(ThematicLegend::total).sum() > 0, "legends count features");
        assertFalse(theme.indicators().items().isEmpty());
        assertTrue(theme.indicators().charts() >= 1, "resources charts crops and townships");
        assertNotNull(theme.viewExtent());
        assertEquals(1, theme.revisionProperty().get());
    }

    @Test
    void everyModuleCanBeShown() {
        MainViewModel vm = window();
        for (var m : vm.theme().modules()) {
            vm.theme().select(m);
            assertEquals("", vm.theme().errorProperty().get(), m.id() + " should build on the seeded workspace");
            assertEquals(m, vm.theme().active());
            assertFalse(vm.theme().legends().isEmpty(), m.id() + " has legends");
            assertFalse(vm.theme().indicators().items().isEmpty(), m.id() + " has indicators");
        }
    }

    @Test
    void clearingRestoresThePlainViewAsTheUserLeftIt() {
        MainViewModel vm = window();
        vm.layers().item("river").setVisible(false);   // the user's own choice before the theme
        Map<String, Boolean> plain = visibility(vm);
        List<RenderLayer> plainLayers = vm.mapLayers().layers();

        vm.theme().select("governance");
        vm.theme().select("ecommerce");
        assertEquals("ecommerce", vm.theme().active().id());
        vm.theme().clear();

        assertNull(vm.theme().active());
        assertEquals(plain, visibility(vm), "clearing the theme gives back the visibility from before the first theme");
        assertEquals(plainLayers, vm.mapLayers().layers(), "the plain render layers, without thematic ones");
        assertTrue(vm.theme().legends().isEmpty() && vm.theme().overlays().isEmpty() && vm.theme().indicators().items().isEmpty());
    }

    @Test
    void onlyTheLastChoiceIsApplied() {
        MainViewModel vm = window();
        Queue<Runnable> queued = new ArrayDeque<>();
        ThemeViewModel theme = new ThemeViewModel(workspace, vm.messages(), ThematicModules.all(), vm.layers(), vm.mapLayers(),
                queued::add, Runnable::run);
        theme.select("industry");
        theme.select("environment");
        assertEquals("environment", theme.requestedProperty().get().id());
        assertTrue(theme.loadingProperty().get());
        while (!queued.isEmpty()) queued.poll().run();
        assertEquals("environment", theme.active().id(), "the older build finishing later must not win");
        assertFalse(theme.loadingProperty().get());
        assertEquals(1, theme.revisionProperty().get());
    }

    @Test
    void aModuleWhoseLayersAreMissingSaysSoAndChangesNothing() {
        MemoryDataSource bare = new MemoryDataSource();
        MainViewModel vm = new MainViewModel(bare, Messages.forLocale(Messages.CHINESE), Runnable::run, Runnable::run);
        vm.theme().select("resources");
        assertNull(vm.theme().active());
        assertNull(vm.theme().requestedProperty().get());
        assertTrue(vm.theme().errorProperty().get().contains("农业资源"), vm.theme().errorProperty().get());
        assertThrows(IllegalArgumentException.class, () -> vm.theme().select("weather"));
    }
}
