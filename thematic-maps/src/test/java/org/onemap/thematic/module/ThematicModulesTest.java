package org.onemap.thematic.module;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.awt.Graphics2D;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.memory.MemoryDataSource;
import org.onemap.core.spi.UnknownLayerException;
import org.onemap.map.render.ComposedMap;
import org.onemap.map.render.MapComposer;
import org.onemap.map.render.MapDecorations;
import org.onemap.map.render.RenderOptions;
import org.onemap.map.render.Viewport;
import org.onemap.sample.WorkspaceSeeder;
import org.onemap.thematic.legend.ThematicLegend;
import org.onemap.thematic.legend.ThematicLegendPanel;

class ThematicModulesTest {
    private static final List<String> IDS = List.of("overview", "resources", "environment", "governance", "ecommerce", "industry");
    private static MemoryDataSource workspace;

    @BeforeAll
    static void seed() {
        workspace = new MemoryDataSource();
        WorkspaceSeeder.seed(workspace, 1500, null);
    }

    @Test
    void serviceLoaderFindsTheOverviewAndTheFiveModulesInMenuOrder() {
        assertEquals(IDS, ThematicModules.ids());
        for (ThematicModule m : ThematicModules.all()) {
            assertEquals(m.id(), m.defaultView().name(), "the default view is named after its module");
            assertFalse(m.title(Locale.CHINA).isBlank());
            assertFalse(m.title(Locale.ENGLISH).equals(m.title(Locale.CHINA)), m.id() + " needs an English title");
            for (String layer : m.defaultView().visibleLayers()) {
                assertTrue(workspace.hasLayer(layer), m.id() + " shows layer " + layer + " that the seeded workspace lacks");
            }
            for (String layer : m.requiredLayers()) assertTrue(workspace.hasLayer(layer), m.id() + " needs " + layer);
        }
        assertEquals("resources", ThematicModules.require("Resources").id());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ThematicModules.require("farming"));
        assertTrue(e.getMessage().contains("overview, resources, environment, governance, ecommerce, industry"), e.getMessage());
    }

    @Test
    void everyModuleHasLegendsWithCountsAndLabelsGeneratedValues() {
        for (ThematicModule m : ThematicModules.all()) {
            ThemeMap map = m.map(workspace, Locale.CHINA);
            assertFalse(map.layers().isEmpty(), m.id() + " draws no layer");
            assertFalse(map.legends().isEmpty(), m.id() + " has no thematic legend");
            for (ThematicLegend legend : map.legends()) {
                assertFalse(legend.entries().isEmpty(), m.id() + ": legend '" + legend.title() + "' has no rows");
                boolean counted = legend.entries().stream().anyMatch(ThematicLegend.Entry::counted);
                boolean sized = legend.entries().stream().allMatch(e -> !e.counted());
                if (counted) assertTrue(legend.total() > 0, m.id() + ": legend '" + legend.title() + "' counts nothing");
                assertTrue(counted || sized, m.id() + ": legend rows either count features or are a key");
                assertTrue(legend.title().contains("合成数据") || legend.title().contains("人口普查"),
                        m.id() + ": legend '" + legend.title() + "' must say whether its data is generated or census");
            }
            for (Indicator i : m.indicators(workspace, Locale.CHINA)) {
                assertTrue(i.generated() == i.label().contains("合成数据"), m.id() + ": indicator " + i.id() + " labelled " + i.label());
                assertTrue(i.series().isEmpty() == (i.chart() == Indicator.Chart.NONE), m.id() + ": " + i.id() + " chart/series mismatch");
            }
        }
    }

    @Test
    void legendsCountWhatIsInTheWorkspace() {
        ThemeMap governance = ThematicModules.require("governance").map(workspace, Locale.CHINA);
        ThematicLegend incidents = governance.legends().stream().filter(l -> l.title().startsWith("网格事件")).findFirst().orElseThrow();
        assertEquals(workspace.layer("incident").count(org.onemap.core.feature.Query.ALL), incidents.total(),
                "incident legend counts every incident once: " + incidents.entries());
        assertEquals(List.of("待处理", "处理中", "已办结"), incidents.entries().stream().map(ThematicLegend.Entry::label).toList());
        ThemeMap resources = ThematicModules.require("resources").map(workspace, Locale.CHINA);
        ThematicLegend crops = resources.legends().stream().filter(l -> l.title().startsWith("地块作物")).findFirst().orElseThrow();
        assertEquals(1500, crops.total());
    }

    @Test
    void englishTitlesSayGeneratedToo() {
        ThemeMap map = ThematicModules.require("industry").map(workspace, Locale.ENGLISH);
        assertTrue(map.legends().stream().allMatch(l -> l.title().contains("generated")), map.legendRows().toString());
    }

    @Test
    void eachModuleRendersItsLegendPanelsOnTheMap() {
        for (ThematicModule m : ThematicModules.all()) {
            ThemeMap map = m.map(workspace, Locale.CHINA);
            Envelope box = m.defaultView().extent() != null ? m.defaultView().extent() : workspace.layer("county").extent();
            Viewport vp = Viewport.fit(box, 1000, 700);
            List<BiConsumer<Graphics2D, Viewport>> overlays = new ArrayList<>();
            int[] drawn = {0};
            for (var o : map.overlays()) overlays.add((g, v) -> drawn[0] += o.draw(g, v));
            ComposedMap composed = new MapComposer().compose(map.layers(), vp, RenderOptions.standard(),
                    MapDecorations.standard().withTitle(map.title()).withPanels(ThematicLegendPanel.of(map.legends()))
                            .withLegendFilter(map::inLayerLegend).withGeneratedData(map.generatedData()), overlays);
            assertEquals(map.legendRows(), composed.decorations().panelEntries(), m.id() + ": every legend row painted");
            assertTrue(composed.decorations().generatedNote() || m.id().equals("overview"), m.id() + " shows generated data and must say so");
            if (!map.overlays().isEmpty()) assertTrue(drawn[0] > 0, m.id() + ": overlays drew nothing");
        }
    }

    @Test
    void aWorkspaceWithoutTheThemeLayersFailsNamingTheLayer() {
        MemoryDataSource empty = new MemoryDataSource();
        UnknownLayerException e = assertThrows(UnknownLayerException.class,
                () -> ThematicModules.require("governance").map(empty, Locale.CHINA));
        assertTrue(e.getMessage().contains("grid_cell") || e.getMessage().contains("county"), e.getMessage());
    }
}
