package org.onemap.app.desktop.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onemap.app.desktop.edit.EditFixture.click;
import static org.onemap.app.desktop.edit.EditFixture.doubleClick;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;
import org.onemap.core.crs.CrsRegistry;
import org.onemap.core.edit.measure.LiveMeasure;
import org.onemap.core.edit.snap.SnapKind;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.Query;

/** The edit view-model without a toolkit: drawing with snapping, the form, save, and undo/redo across the save. */
class EditViewModelTest {
    private static final String NEW_CODE = "430321-012-00003";
    private final EditFixture fx = new EditFixture();

    @Test
    void aDrawnCornerSnapsExactlyOntoTheNeighbourAndTheFormGatesTheNewParcel(@TempDir Path journals) {
        EditViewModel vm = fx.editing(journals);
        assertTrue(vm.isEditing());
        assertTrue(vm.snapReadyProperty().get(), "inline executors build the snap index at once");
        click(vm, 112.903, 27.8015);
        click(vm, 112.903, 27.7995);
        vm.pointerMoved(new Coordinate(112.90203, 27.80102), EditFixture.UPP, false);
        assertEquals(SnapKind.VERTEX, vm.snapCueProperty().get().kind(), "3 px from B's north-east corner snaps to it");
        assertFalse(vm.measure().muTextProperty().get().isEmpty(), "the area shows while drawing");
        doubleClick(vm, 112.90203, 27.80102);

        EditViewModel.FormRequest form = vm.formRequestProperty().get();
        assertNotNull(form, "finishing a polygon opens the attribute form");
        assertFalse(form.form().isValid(), "the parcel code is required");
        Polygon expected = EditFixture.GF.createPolygon(new Coordinate[] {new Coordinate(112.903, 27.8015),
            new Coordinate(112.903, 27.7995), new Coordinate(112.902, 27.801), new Coordinate(112.903, 27.8015)});
        double mu = new LiveMeasure(CrsRegistry.WGS84, java.util.Locale.CHINA).measure(expected).mu();
        assertEquals(mu, vm.measure().muProperty().get(), mu * 1e-9, "the measurement shows the finished shape");
        form.form().field("parcel_code").setText("430321-12-3");
        assertFalse(form.form().isValid());
        form.form().field("parcel_code").setText(NEW_CODE);
        assertTrue(form.form().isValid(), form.form().firstError());
        form.accept().accept(form.form().attributes());
        assertNull(vm.formRequestProperty().get());

        Feature drawn = vm.feature(fx.idOf(vm, NEW_CODE));
        assertNotNull(drawn, "the accepted form adds the parcel");
        assertTrue(Arrays.stream(drawn.geometry().getCoordinates()).anyMatch(c -> c.x == 112.902 && c.y == 27.801),
                "the snapped corner is the neighbour's exactly: " + drawn.geometry());
        assertEquals(Math.round(mu * 100) / 100.0, drawn.get("area_mu"));
        assertEquals(List.of(drawn.id()), List.copyOf(vm.selection()), "the new parcel is selected");
        assertTrue(vm.violations().stream().noneMatch(ViolationItem::error), "touching at a corner is no overlap: " + vm.violations());

        vm.undo();
        assertNull(fx.idOf(vm, NEW_CODE));
        vm.redo();
        assertNotNull(fx.idOf(vm, NEW_CODE));

        assertTrue(vm.save());
        Feature stored = fx.parcels.list(Query.ALL).stream().filter(f -> NEW_CODE.equals(f.get("parcel_code"))).findFirst().orElseThrow();
        assertEquals(1, stored.version(), "inserted at version 1");
        assertFalse(vm.dirtyProperty().get());
        assertTrue(vm.canUndoProperty().get(), "the saved edit can still be undone");

        vm.undo();
        assertNull(fx.idOf(vm, NEW_CODE), "undo past the save takes the parcel out of the session");
        assertTrue(vm.dirtyProperty().get(), "and leaves a deletion to save");
        vm.redo();
        assertNotNull(fx.idOf(vm, NEW_CODE));
        assertFalse(vm.dirtyProperty().get(), "redo restores the saved state exactly");
        vm.undo();
        assertTrue(vm.save());
        assertEquals(2, fx.parcels.count(Query.ALL), "saving the undo deletes the parcel from the store");
    }

    @Test
    void splitAndMergeAreOneUndoableEditEachAndKeepTheAttributes(@TempDir Path journals) {
        EditViewModel vm = fx.editing(journals);
        vm.toolKindProperty().set(EditToolKind.SPLIT);
        click(vm, 112.9005, 27.7993);
        doubleClick(vm, 112.9005, 27.8017);
        List<Feature> pieces = vm.features().stream().filter(f -> "430321-012-00001".equals(f.get("parcel_code"))).toList();
        assertEquals(2, pieces.size(), "parcel A split in two, attributes copied: " + vm.features());
        assertEquals(3, vm.features().size());
        assertEquals(2, vm.selection().size(), "the pieces are selected");

        vm.mergeSelection();
        assertEquals(2, vm.features().size());
        Feature merged = vm.feature(vm.selection().get(0));
        assertEquals(0.001 * 0.001, merged.geometry().getArea(), 1e-12, "the merge restores A's area");
        assertEquals("水稻", merged.get("crop"));

        vm.undo();
        assertEquals(3, vm.features().size(), "undo the merge");
        vm.undo();
        assertEquals(2, vm.features().size(), "undo the split");
        assertFalse(vm.dirtyProperty().get());
    }

    @Test
    void aVertexDraggedIntoTheNeighbourIsFlaggedBlocksTheSaveAndTheSuggestedFixResolvesIt(@TempDir Path journals) {
        EditViewModel vm = fx.editing(journals);
        String a = fx.idOf(vm, "430321-012-00001");
        vm.selection().setAll(a);
        vm.toolKindProperty().set(EditToolKind.VERTEX);
        EditFixture.drag(vm, 112.901, 27.801, 112.9013, 27.8007);
        assertTrue(Arrays.stream(vm.feature(a).geometry().getCoordinates()).anyMatch(c -> c.equals2D(new Coordinate(112.9013, 27.8007))),
                "the dragged vertex moved: " + vm.feature(a).geometry());
        ViolationItem overlap = vm.violations().stream().filter(v -> v.violation().rule().name().equals("NO_OVERLAP"))
                .findFirst().orElseThrow(() -> new AssertionError("overlap not reported: " + vm.violations()));
        assertTrue(overlap.error() && overlap.text().contains("重叠"), overlap.text());
        assertFalse(vm.save(), "an overlap blocks the save");
        assertEquals(0, fx.parcels.list(Query.ALL).stream().filter(f -> f.version() > 1).count(), "nothing written");

        vm.applyFix(overlap);
        assertTrue(vm.violations().stream().noneMatch(ViolationItem::error), "fixed: " + vm.violations());
        assertTrue(vm.save());

        // click on an edge inserts a vertex, Delete removes it again
        vm.selection().setAll(a);
        int before = vm.feature(a).geometry().getNumPoints();
        click(vm, 112.9005, 27.8000);
        assertEquals(before + 1, vm.feature(a).geometry().getNumPoints(), "a click on the edge inserts a vertex");
        vm.key(EditKey.DELETE);
        assertEquals(before, vm.feature(a).geometry().getNumPoints(), "Delete removes it");
    }

    @Test
    void moveRotateHoleAndCutOut(@TempDir Path journals) {
        EditViewModel vm = fx.editing(journals);
        String a = fx.idOf(vm, "430321-012-00001");
        String b = fx.idOf(vm, "430321-012-00002");
        double area = vm.feature(a).geometry().getArea();

        vm.toolKindProperty().set(EditToolKind.ADD_HOLE);
        click(vm, 112.9003, 27.8003);
        click(vm, 112.9007, 27.8003);
        doubleClick(vm, 112.9005, 27.8007);
        assertEquals(1, ((Polygon) vm.feature(a).geometry()).getNumInteriorRing(), "a hole was cut");

        vm.toolKindProperty().set(EditToolKind.CUT_OUT);
        click(vm, 112.9008, 27.7995);
        click(vm, 112.9012, 27.7995);
        doubleClick(vm, 112.9010, 27.8005);
        assertTrue(vm.feature(b).geometry().getArea() < area, "the cut-out crosses B too");

        vm.toolKindProperty().set(EditToolKind.MOVE);
        Coordinate before = vm.feature(b).geometry().getCentroid().getCoordinate();
        EditFixture.drag(vm, 112.9017, 27.8007, 112.9057, 27.8007);
        Coordinate after = vm.feature(b).geometry().getCentroid().getCoordinate();
        assertEquals(0.004, after.x - before.x, 1e-9, "moved 0.004° east");

        vm.toolKindProperty().set(EditToolKind.ROTATE);
        double bArea = vm.feature(b).geometry().getArea();
        EditFixture.drag(vm, 112.9058, 27.8008, 112.9052, 27.8012);
        assertEquals(bArea, vm.feature(b).geometry().getArea(), bArea * 0.02, "rotation keeps the area");
        assertTrue(vm.canUndoProperty().get());
    }

    @Test
    void typedCoordinatesAndARectangleBothOpenTheForm(@TempDir Path journals) {
        EditViewModel vm = fx.editing(journals);
        vm.typeCoordinate("112.95, 27.85");
        vm.typeCoordinate("27.85, 112.951");   // latitude first is understood
        vm.typeCoordinate("112.951 27.851");
        vm.key(EditKey.ENTER);
        assertNotNull(vm.formRequestProperty().get(), "Enter finishes a typed polygon");
        vm.formRequestProperty().get().cancel().run();
        assertNull(vm.formRequestProperty().get());
        assertEquals(2, vm.features().size(), "cancelling the form drops the drawing");

        vm.toolKindProperty().set(EditToolKind.RECTANGLE);
        EditFixture.drag(vm, 112.95, 27.85, 112.951, 27.851);
        assertNotNull(vm.formRequestProperty().get(), "a dragged rectangle opens the form");
        vm.formRequestProperty().get().cancel().run();

        vm.toolKindProperty().set(EditToolKind.DRAW_POLYGON);
        click(vm, 112.95, 27.85);
        click(vm, 112.951, 27.85);
        vm.key(EditKey.BACKSPACE);
        assertEquals(1, vm.sketchVertices().size(), "Backspace removes the last vertex");
        vm.key(EditKey.ESCAPE);
        assertTrue(vm.sketchVertices().isEmpty(), "Esc cancels the drawing");
    }
}
