package org.onemap.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gluonhq.maps.tile.TileRetrieverProvider;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableRow;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.onemap.app.desktop.identify.AttributeRow;
import org.onemap.app.desktop.identify.IdentifyHit;
import org.onemap.app.desktop.layers.LayerItem;
import org.onemap.app.desktop.table.AttributeTableModel;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.Query;
import org.onemap.core.geodesy.EllipsoidalMeasure;
import org.onemap.core.units.AreaUnit;
import org.onemap.core.units.MeasureFormat;
import org.onemap.map.render.PlacedLabel;
import org.onemap.map.tiles.LocalTileRetriever;
import org.onemap.map.tiles.TileFocus;
import org.onemap.map.tiles.TileSourceRegistry;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The main window on a real seeded H2GIS workspace, driven through the mouse like a user would. */
@ExtendWith({SeededWorkspace.SeedFirst.class, ApplicationExtension.class})
class MainWindowTest {
    private static final List<String> CANONICAL = List.of("county", "township", "village", "railway_station", "river",
            "parcel", "sensor", "machinery", "service_station", "logistics_node", "camera", "waste_point", "industrial_park");

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = SeededMainWindow.show(stage, 1200, 760);
    }

    @AfterEach
    void tearDown() {
        FxWait.onFx(window::dispose);
    }

    @Test
    void eachCountyIsNamedOnceOverTheWholeViewAndNoLabelsCollide() {
        FxWait.tilesLoaded(window.map());
        FxWait.labelsPlaced(window.map());
        List<String> shown = labelTexts();
        for (Feature county : SeededWorkspace.get().layer("county").list(Query.ALL)) {
            String name = (String) county.get("name");
            assertEquals(1, shown.stream().filter(name::equals).count(),
                    "county " + name + " should be labelled exactly once over the whole view; labels shown: " + shown);
        }
        assertNoLabelsCollide();
        assertFalse(TileSourceRegistry.current().orElseThrow().options().labels(),
                "basemap tiles must be drawn without labels, else names repeat at tile edges");
    }

    @Test
    void theTilesOnScreenAreDrawnFirstAndThatFollowsAPan(FxRobot robot) {
        FxWait.tilesLoaded(window.map());
        Point2D c = window.map().localToScreen(window.map().getWidth() / 2, window.map().getHeight() / 2);
        robot.drag(c, MouseButton.PRIMARY).moveTo(c.add(300, -120)).release(MouseButton.PRIMARY);
        FxWait.tilesLoaded(window.map());
        String[] seen = new String[1];
        try {
            FxWait.until("the tile renderer's focus is the view after the pan", () -> {
            TileFocus focus = TileSourceRegistry.current().orElseThrow().focus();
            org.onemap.map.render.Viewport v = window.map().viewportNow();
            int level = (int) Math.floor(v.zoom() + 0.2);   // the level Gluon shows (it switches 0.2 early)
            TileFocus expected = TileFocus.of(v.lonLatBounds(), level);
            seen[0] = "focus " + focus + ", view " + expected;
            return focus != null && focus.z() == expected.z() && focus.minX() == expected.minX() && focus.maxX() == expected.maxX()
                    && focus.minY() == expected.minY() && focus.maxY() == expected.maxY()
                    && Math.abs(focus.centreX() - expected.centreX()) < 1.0 / 256 && Math.abs(focus.centreY() - expected.centreY()) < 1.0 / 256;
            });
        } catch (AssertionError e) {
            throw new AssertionError(seen[0], e);
        }
    }

    @Test
    void panningLaysTheLabelsOutAgainForTheNewView(FxRobot robot) {
        FxWait.tilesLoaded(window.map());
        FxWait.labelsPlaced(window.map());
        int before = window.map().labelRevisionProperty().get();
        Point2D c = window.map().localToScreen(window.map().getWidth() / 2, window.map().getHeight() / 2);
        robot.drag(c, MouseButton.PRIMARY).moveTo(c.add(-260, 140)).release(MouseButton.PRIMARY);
        FxWait.until("a new label layout after the pan", () -> window.map().labelRevisionProperty().get() > before);
        FxWait.labelsPlaced(window.map());
        Rectangle2D view = new Rectangle2D(0, 0, window.map().mapView().getWidth(), window.map().mapView().getHeight());
        for (Node n : window.map().labelNodes()) {
            Bounds b = n.getBoundsInParent();
            assertTrue(view.contains(b.getMinX() + 1, b.getMinY() + 1, b.getWidth() - 2, b.getHeight() - 2),
                    "label " + text(n) + " at " + b + " reaches outside the map " + view);
        }
        assertNoLabelsCollide();
    }

    @Test
    void zoomingInShowsTownshipNamesWithoutCollisions() {
        FxWait.tilesLoaded(window.map());
        FxWait.labelsPlaced(window.map());
        assertTrue(window.map().labels().stream().noneMatch(l -> l.layer().equals("township")),
                "township names are hidden at city scale 1:" + (int) window.map().viewportNow().scaleDenominator());
        FxWait.onFx(() -> window.map().zoomBy(2));
        FxWait.until("zoomed to township scale", () -> window.map().viewportNow().scaleDenominator() < 300_000);
        FxWait.labelsPlaced(window.map());
        assertTrue(window.map().labels().stream().anyMatch(l -> l.layer().equals("township")),
                "township names at 1:" + (int) window.map().viewportNow().scaleDenominator() + ": " + labelTexts());
        assertNoLabelsCollide();
    }

    @Test
    void hidingALayerRemovesItsLabels(FxRobot robot) {
        FxWait.tilesLoaded(window.map());
        FxWait.labelsPlaced(window.map());
        assertTrue(window.map().labels().stream().anyMatch(l -> l.layer().equals("county")), "county names shown at first");
        robot.clickOn("#visible-county");
        FxWait.until("county unchecked", () -> !window.viewModel().layers().item("county").isVisible());
        FxWait.until("the county names are gone", () -> window.map().labelsSettled()
                && window.map().labels().stream().noneMatch(l -> l.layer().equals("county")));
        robot.clickOn("#visible-county");
        FxWait.until("the county names are back", () -> window.map().labelsSettled()
                && window.map().labels().stream().anyMatch(l -> l.layer().equals("county")));
    }

    private List<String> labelTexts() {
        return window.map().labelNodes().stream().map(MainWindowTest::text).toList();
    }

    private static String text(Node label) {
        return ((PlacedLabel) label.getUserData()).text();
    }

    /** No two labels' drawn text may intersect (their images may share the halo's antialiased rim). */
    private void assertNoLabelsCollide() {
        List<Node> nodes = window.map().labelNodes();
        assertFalse(nodes.isEmpty(), "no labels over the map");
        for (int i = 0; i < nodes.size(); i++) {
            Bounds a = textBounds(nodes.get(i));
            for (int j = i + 1; j < nodes.size(); j++) {
                Bounds b = textBounds(nodes.get(j));
                assertFalse(a.intersects(b), "labels collide: " + text(nodes.get(i)) + " " + a + " and " + text(nodes.get(j)) + " " + b);
            }
        }
    }

    private static Bounds textBounds(Node label) {
        // the image is the label's collision box (text and halo) plus at most two pixels of rounding and rim
        Bounds b = label.getBoundsInParent();
        return new javafx.geometry.BoundingBox(b.getMinX() + 2, b.getMinY() + 2, b.getWidth() - 4, b.getHeight() - 4);
    }

    @Test
    void tilesComeFromTheLocalRendererNeverTheNetwork() {
        assertInstanceOf(LocalTileRetriever.class, TileRetrieverProvider.getInstance().load(),
                "Gluon must find map-layers' LocalTileRetriever, else it downloads OpenStreetMap tiles");
        FxWait.tilesLoaded(window.map());
        assertTrue(TileSourceRegistry.current().isPresent(), "the window installs a tile renderer");
    }

    @Test
    void opensWithEveryCanonicalLayerListedUnderItsChineseTitle(FxRobot robot) {
        List<LayerItem> rows = window.layerPanel().tree().getRoot().getChildren().stream().map(t -> t.getValue()).toList();
        Set<String> listed = new TreeSet<>(rows.stream().map(LayerItem::name).toList());
        assertTrue(listed.containsAll(CANONICAL), "the layer tree should list every canonical layer " + CANONICAL + ", lists " + listed);
        for (String name : Set.of("county", "parcel", "camera", "industrial_park")) {
            Node cell = robot.lookup("#layer-" + name).query();
            assertNotNull(cell, "a tree cell for " + name);
        }
        assertTrue(robot.lookup(".tree-cell .label").queryAllAs(Label.class).stream().anyMatch(l -> "县级行政区".equals(l.getText())),
                "the county row reads 县级行政区");
        assertTrue(robot.lookup(".tree-cell .label").queryAllAs(Label.class).stream().anyMatch(l -> "耕地地块（合成）".equals(l.getText())));
        assertTrue(robot.lookup(".menu-bar .label").queryAllAs(Label.class).stream().map(Label::getText).toList()
                .containsAll(List.of("文件", "视图", "工具", "帮助")), "Chinese menus");
    }

    @Test
    void uncheckingALayerHidesItFromTheRendererAndRedrawsTheMap(FxRobot robot) {
        FxWait.tilesLoaded(window.map());
        int redrawsBefore = window.map().redrawsProperty().get();
        robot.clickOn("#visible-parcel");
        FxWait.until("parcel unchecked in the view-model", () -> !window.viewModel().layers().item("parcel").isVisible());
        assertFalse(window.viewModel().mapLayers().layer("parcel").visible(), "render layer set should drop parcel");
        assertFalse(TileSourceRegistry.current().orElseThrow().layers().stream()
                .filter(l -> l.name().equals("parcel")).findFirst().orElseThrow().visible(), "the tile renderer got the new set");
        assertEquals(redrawsBefore + 1, window.map().redrawsProperty().get(), "one tile-cache invalidation per change");
        FxWait.tilesLoaded(window.map());
        robot.clickOn("#visible-parcel");
        FxWait.until("parcel checked again", () -> window.viewModel().layers().item("parcel").isVisible());
        assertEquals(redrawsBefore + 2, window.map().redrawsProperty().get());
    }

    @Test
    void identifyOnACountyShowsItsName(FxRobot robot) {
        Feature county = SeededWorkspace.get().layer("county").list(Query.ALL).get(0);
        String name = (String) county.get("name");
        Coordinate inside = county.geometry().getInteriorPoint().getCoordinate();
        FxWait.tilesLoaded(window.map());
        robot.clickOn("#toolIdentify");
        robot.clickOn(screenPoint(inside.x, inside.y));
        FxWait.until("identify results after the click", () -> !window.viewModel().identify().hits().isEmpty());
        IdentifyHit hit = window.viewModel().identify().hits().stream()
                .filter(h -> h.layer().name().equals("county")).findFirst()
                .orElseThrow(() -> new AssertionError("no county among the hits " + window.viewModel().identify().hits()));
        assertEquals(name, hit.displayName());

        ListCell<?> row = robot.lookup("#identifyHits .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() == hit).findFirst().orElseThrow(() -> new AssertionError("county hit not shown in the list"));
        robot.clickOn(row);
        FxWait.until("the county's attributes are shown", () -> window.viewModel().identify().getSelected() == hit);
        AttributeRow nameRow = window.identifyPanel().attributeTable().getItems().stream()
                .filter(r -> r.field().equals("name")).findFirst().orElseThrow();
        assertEquals("名称", nameRow.label());
        assertEquals(name, nameRow.value());
        assertTrue(robot.lookup("#identifyAttributes .table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .anyMatch(c -> name.equals(c.getText())), "the panel shows " + name);
        assertTrue(window.map().highlightOverlay().geometries().get(0).equalsExact(county.geometry()),
                "the identified county is highlighted");
    }

    @Test
    void selectingATableRowHighlightsThatFeatureOnTheMap(FxRobot robot) {
        FxWait.until("parcel rows loaded", () -> firstPageRead());
        @SuppressWarnings("unchecked")
        TableRow<Feature> third = robot.lookup("#attributeTable .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getIndex() == 2 && r.getItem() != null).findFirst().orElseThrow();
        Feature parcel = third.getItem();
        robot.clickOn(third);
        FxWait.until("the parcel is highlighted", () -> window.map().highlightOverlay().geometries().size() == 1);
        Geometry shown = window.map().highlightOverlay().geometries().get(0);
        assertTrue(shown.equalsExact(parcel.geometry()), "highlight should be parcel " + parcel.id() + "'s geometry");
        robot.clickOn("#tableZoomToSelection");
        FxWait.until("the map zoomed to the parcel", () -> window.map().viewportNow().lonLatBounds()
                .contains(parcel.geometry().getEnvelopeInternal()) && window.map().viewportNow().scaleDenominator() < 50_000);
        FxWait.until("the highlight is drawn", () -> window.map().highlightOverlay().shapeCount() == 1);
    }

    @Test
    void measuringAnAreaWithFourClicksShowsMuOnTheEllipsoid(FxRobot robot) {
        FxWait.tilesLoaded(window.map());
        robot.clickOn("#toolMeasureArea");
        Point2D c = window.map().localToScreen(window.map().getWidth() / 2, window.map().getHeight() / 2);
        Point2D[] corners = {c.add(-120, -80), c.add(120, -80), c.add(120, 80), c.add(-120, 80)};
        for (int i = 0; i < 3; i++) robot.clickOn(corners[i]);
        robot.moveTo(corners[3]).doubleClickOn(MouseButton.PRIMARY);
        FxWait.until("the measurement is finished", () -> window.viewModel().measure().isFinished());
        List<Coordinate> v = List.copyOf(window.viewModel().measure().vertices());
        assertEquals(4, v.size(), "four clicked vertices: " + v);
        Coordinate[] ring = {v.get(0), v.get(1), v.get(2), v.get(3), v.get(0)};
        double area = EllipsoidalMeasure.area(new GeometryFactory().createPolygon(ring));
        String mu = new MeasureFormat(Messages.CHINESE).formatArea(area, AreaUnit.MU);
        String shown = robot.lookup("#measureResult").queryAs(Label.class).getText();
        assertTrue(shown.contains(mu), "the read-out '" + shown + "' should contain " + mu);
        assertTrue(mu.endsWith(" 亩"), mu);
        assertTrue(window.map().measureOverlay().geometries().get(0).getArea() > 0, "the measured polygon is drawn");
    }

    @Test
    void statusBarFollowsThePointerInLonLatAndGaussKruger(FxRobot robot) {
        FxWait.tilesLoaded(window.map());
        Point2D p = window.map().localToScreen(window.map().getWidth() / 2 + 30, window.map().getHeight() / 2 - 20);
        robot.moveTo(p);
        Point2D local = window.map().screenToLocal(p);
        Coordinate expected = window.map().toLonLat(local.getX(), local.getY());
        FxWait.until("the status bar shows the pointer",
                () -> !robot.lookup("#statusLonLat").queryAs(Label.class).getText().isEmpty());
        String lonLat = robot.lookup("#statusLonLat").queryAs(Label.class).getText();
        assertEquals(String.format(Locale.ROOT, "经度 %.6f°  纬度 %.6f°", expected.x, expected.y), lonLat);
        assertTrue(robot.lookup("#statusGaussKruger").queryAs(Label.class).getText().contains("第38带"));
        assertTrue(robot.lookup("#statusScale").queryAs(Label.class).getText().startsWith("比例尺 1:"));
        assertFalse(window.map().scaleBarText().isEmpty(), "the scale bar has a label");
    }

    @Test
    void zoomToLayerFromTheContextMenu(FxRobot robot) {
        FxWait.tilesLoaded(window.map());
        // Monocle turns no right-click into a menu request, so ask as the desktop platform would
        Node cell = robot.lookup("#layer-industrial_park").query();
        Point2D at = cell.localToScreen(20, 8);
        Point2D local = new Point2D(20, 8);
        robot.interact(() -> cell.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, local.getX(), local.getY(),
                at.getX(), at.getY(), false, null)));
        FxWait.until("the layer's context menu is open", () -> robot.lookup(".context-menu").tryQuery().isPresent());
        robot.clickOn("缩放至图层");
        Envelope parks = window.viewModel().layers().item("industrial_park").extent();
        FxWait.until("the map shows the industrial parks closely", () -> {
            Envelope view = window.map().viewportNow().lonLatBounds();
            return view.contains(parks) && view.getWidth() < parks.getWidth() * 3;
        });
    }

    @Test
    void filteringTheTableKeepsMatchingRows(FxRobot robot) {
        FxWait.until("parcel rows loaded", () -> firstPageRead());
        robot.clickOn("#tableFilter").write("湘莲");
        long lotus = SeededWorkspace.get().layer("parcel").count(
                org.onemap.core.feature.Query.ALL.and(org.onemap.core.feature.AttributeFilter.eq("crop", "湘莲")));
        FxWait.until("the filter applied to every parcel, not only the first page read",
                () -> window.tablePane().table().getItems().size() == lotus);
        assertTrue(lotus > AttributeTableModel.FIRST_PAGE / 10, "the seeded workspace has lotus parcels beyond the first page: " + lotus);
        assertTrue(window.tablePane().table().getItems().stream().allMatch(f -> "湘莲".equals(f.get("crop"))));
    }

    @Test
    void scrollingToTheEndOfTheFirstPageReadsTheRest(FxRobot robot) {
        FxWait.until("parcel rows loaded", () -> firstPageRead());
        assertTrue(parcelCount() > AttributeTableModel.FIRST_PAGE, "the seeded workspace has more parcels than a page");
        assertTrue(window.viewModel().table().isPartial());
        robot.interact(() -> window.tablePane().table().scrollTo(window.tablePane().table().getItems().size() - 1));
        FxWait.until("every parcel read", () -> window.viewModel().table().rows().size() == parcelCount());
        assertFalse(window.viewModel().table().isPartial());
    }

    @Test
    void inViewOnlyListsTheParcelsOnTheMap(FxRobot robot) {
        FxWait.until("parcel rows loaded", () -> firstPageRead());
        Feature first = window.viewModel().table().rows().get(0);
        Envelope around = first.geometry().getEnvelopeInternal();
        around.expandBy(0.002);
        FxWait.onFx(() -> window.map().zoomTo(around));
        robot.clickOn("#tableOnlyInView");
        FxWait.until("only parcels in view listed", () -> {
            var t = window.viewModel().table();
            Envelope view = window.map().viewportNow().lonLatBounds();
            return !t.loadingProperty().get() && !t.rows().isEmpty() && t.rows().size() < parcelCount()
                    && t.rows().stream().allMatch(f -> f.geometry().getEnvelopeInternal().intersects(view))
                    && t.summaryProperty().get().startsWith("视图内");
        });
        assertTrue(window.viewModel().table().rows().stream().anyMatch(f -> f.id().equals(first.id())), "the parcel zoomed to is listed");
    }

    // the table reads a first page of a big layer; the rest when needed
    private boolean firstPageRead() {
        var t = window.viewModel().table();
        return !t.loadingProperty().get() && t.rows().size() == Math.min(parcelCount(), AttributeTableModel.FIRST_PAGE);
    }

    private Point2D screenPoint(double lon, double lat) {
        Point2D local = window.map().toPixel(lon, lat);
        assertNotNull(local, "map not laid out yet");
        return window.map().localToScreen(local);
    }


    // the workspace is shared by the GUI tests of this JVM: another test may have saved a parcel into it
    private static long parcelCount() {
        return SeededWorkspace.get().layer("parcel").count(org.onemap.core.feature.Query.ALL);
    }
}
