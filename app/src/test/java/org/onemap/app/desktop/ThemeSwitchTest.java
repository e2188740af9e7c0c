package org.onemap.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.chart.Chart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onemap.map.render.RenderLayer;
import org.onemap.sample.SampleCatalog;
import org.onemap.thematic.legend.ThematicLegend;
import org.onemap.thematic.module.ThemeMap;
import org.testfx.api.FxRobot;

/**
 * The 专题 switch in the main window on the seeded workspace: each theme chosen through the menu (or
 * the tool-bar combo) shows its legends with counts, its indicators and its layers on the map, and
 * 清除专题 takes them away again. One window serves every case.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ThemeSwitchTest {
    private final FxRobot robot = new FxRobot();
    private MainWindow window;

    @BeforeAll
    void open() throws Exception {
        window = SeededMainWindow.open(1600, 1000);
        FxWait.tilesLoaded(window.map());
    }

    @AfterAll
    void close() throws Exception {
        SeededMainWindow.close(window);
    }

    @Test
    void thePlainViewDrawsTheCanonicalLayersOnly() {
        FxWait.onFx(() -> window.viewModel().theme().clear());
        for (RenderLayer l : window.viewModel().mapLayers().layers()) {
            assertEquals(SampleCatalog.LAYER_ORDER.contains(l.name()), l.visible(),
                    l.name() + ": the plain map draws the 13 canonical layers; theme layers stay listed but hidden");
        }
        assertEquals(SampleCatalog.ALL_LAYERS.size(), window.viewModel().layers().items().size(), "every layer is listed in the tree");
    }

    @ParameterizedTest
    @ValueSource(strings = {"overview", "resources", "environment", "governance", "ecommerce", "industry"})
    void eachThemeShowsItsLegendsIndicatorsAndLayers(String id) {
        var theme = window.viewModel().theme();
        boolean viaMenu = !List.of("environment", "ecommerce").contains(id);
        if (viaMenu) {
            String menu = window.viewModel().messages().get("menu.theme");
            robot.clickOn(robot.lookup("#mainMenuBar .menu-button").match((Labeled b) -> menu.equals(b.getText())).<Labeled>query());
            FxWait.until("the 专题 menu is open", () -> robot.lookup("#menuTheme-" + id).tryQuery().map(Node::isVisible).orElse(false));
            robot.clickOn("#menuTheme-" + id);
        } else {
            robot.clickOn("#themeCombo");
            robot.clickOn(robot.lookup(".list-cell").match((Labeled c) -> c.getText() != null && c.getText()
                    .equals(theme.title(theme.modules().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow())))
                    .<Labeled>query());
        }
        FxWait.until("the theme '" + id + "' is chosen", () -> theme.requestedProperty().get() != null
                && theme.requestedProperty().get().id().equals(id));
        FxWait.until("the theme '" + id + "' is applied or fails", () -> theme.active() != null && theme.active().id().equals(id)
                || !theme.errorProperty().get().isEmpty());
        assertEquals("", theme.errorProperty().get(), id + " should be shown without error");
        FxWait.until("the theme panel is in the window", () -> window.themePanel().getScene() != null);
        ThemeMap map = theme.mapProperty().get();

        // legends: every legend title and every counted row's count are on screen
        List<String> texts = texts(window.themePanel().lookup("#themeLegend"));
        assertFalse(map.legends().isEmpty(), id + " should have thematic legends");
        for (ThematicLegend l : map.legends()) {
            assertTrue(texts.contains(l.title()), "legend panel should show the title '" + l.title() + "'; shows " + texts);
            for (ThematicLegend.Entry e : l.entries()) {
                if (e.counted()) {
                    String count = java.text.NumberFormat.getIntegerInstance(Messages.CHINESE).format(e.count());
                    assertTrue(texts.contains(count), "legend '" + l.title() + "' row '" + e.label() + "' should show its count " + count);
                }
            }
        }
        assertTrue(texts.stream().anyMatch(t -> t.contains("合成数据") || t.contains("2020年人口普查")),
                "legends say where the data comes from: " + texts);

        // indicators: at least one chart or value tile, each labelled with its source
        // the cards shown (cards of themes shown before are kept hidden)
        List<Node> cards = window.themePanel().lookup("#themeIndicators").lookupAll(".indicator-card").stream().filter(Node::isVisible).toList();
        long charts = cards.stream().flatMap(c -> c.lookupAll(".indicator-chart").stream()).filter(n -> n instanceof Chart).count();
        long values = cards.stream().mapToLong(c -> c.lookupAll(".indicator-value").size()).sum();
        assertTrue(charts + values >= 1, id + ": the indicators panel should show a chart or a value");
        List<String> notes = cards.stream().flatMap(c -> c.lookupAll(".indicator-note").stream()).map(n -> ((Label) n).getText()).toList();
        assertTrue(notes.contains("合成数据") || notes.contains("2020年人口普查"), id + ": figures name their source; notes " + notes);

        // the map draws the module's layers
        List<RenderLayer> drawn = window.viewModel().mapLayers().layers();
        for (RenderLayer l : map.layers()) assertTrue(drawn.contains(l), id + ": the map should draw '" + l.titleIn(Messages.CHINESE) + "'");
        if (!map.overlays().isEmpty()) {
            FxWait.until(id + "'s overlays are drawn for the view", () -> window.map().themeOverlaySettled());
        }
        FxWait.tilesLoaded(window.map());

        // 清除专题 returns to the plain view
        robot.clickOn("#toolThemeClear");
        FxWait.until("the theme is cleared", () -> theme.active() == null);
        assertTrue(window.viewModel().mapLayers().themeLayers().isEmpty());
        assertTrue(window.viewModel().mapLayers().layers().stream().noneMatch(map.layers()::contains), "no thematic layer is left");
        assertEquals(null, window.themePanel().getScene(), "the theme panel leaves the window");
        AtomicReference<Object> comboValue = new AtomicReference<>("unset");
        FxWait.onFx(() -> comboValue.set(((ComboBox<?>) robot.lookup("#themeCombo").query()).getValue()));
        assertEquals(null, comboValue.get(), "the combo shows 无专题 again");
        assertTrue(window.map().themeOverlaySettled() && window.map().themeOverlayItems() == 0);
    }

    private static List<String> texts(Node root) {
        return root.lookupAll(".label").stream().filter(n -> n instanceof Labeled).map(n -> ((Labeled) n).getText()).toList();
    }
}
