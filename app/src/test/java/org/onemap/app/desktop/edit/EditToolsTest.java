package org.onemap.app.desktop.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.onemap.core.edit.snap.SnapKind;

/** Tools not covered by the drawing test: freehand, select/double-click for attributes, copy from a layer, snap settings. */
class EditToolsTest {
    private final EditFixture fx = new EditFixture();

    @Test
    void aFreehandTraceBecomesAPolygonForTheForm(@TempDir Path journals) {
        EditViewModel vm = fx.editing(journals);
        vm.toolKindProperty().set(EditToolKind.FREEHAND);
        assertTrue(vm.wantsDrag(), "freehand owns the drag instead of panning");
        vm.pressed(new Coordinate(112.95, 27.85), EditFixture.UPP, false);
        for (int i = 1; i <= 36; i++) {
            double a = Math.toRadians(i * 10);
            vm.dragged(new Coordinate(112.95 + 0.001 * (1 - Math.cos(a)), 27.85 + 0.001 * Math.sin(a)), EditFixture.UPP, false);
        }
        vm.released(new Coordinate(112.95, 27.85), EditFixture.UPP, false);
        var form = vm.formRequestProperty().get();
        assertNotNull(form, "the trace is offered as a new parcel");
        assertTrue(vm.sketchProperty().get().getArea() > 2.5e-6, "a closed, near-circular polygon: " + vm.sketchProperty().get());
    }

    @Test
    void doubleClickingAParcelWithTheSelectToolEditsItsAttributesAsOneUndoableEdit(@TempDir Path journals) {
        EditViewModel vm = fx.editing(journals);
        vm.toolKindProperty().set(EditToolKind.SELECT);
        EditFixture.click(vm, 112.9005, 27.8005);
        String a = fx.idOf(vm, "430321-012-00001");
        assertEquals(java.util.List.of(a), java.util.List.copyOf(vm.selection()));
        vm.clicked(new Coordinate(112.9005, 27.8005), 2, EditFixture.UPP, false);
        var form = vm.formRequestProperty().get();
        assertNotNull(form);
        assertEquals("水稻", form.form().field("crop").getText());
        form.form().field("crop").setText("湘莲");
        form.accept().accept(form.form().attributes());
        assertEquals("湘莲", vm.feature(a).get("crop"));
        vm.undo();
        assertEquals("水稻", vm.feature(a).get("crop"));
    }

    @Test
    void copyingFromTheCountyLayerOffersItsPolygon(@TempDir Path journals) {
        EditViewModel vm = fx.editing(journals);
        vm.sourceLayerProperty().set("county");
        vm.toolKindProperty().set(EditToolKind.COPY_FROM_LAYER);
        EditFixture.click(vm, 112.85, 27.75);
        var form = vm.formRequestProperty().get();
        assertNotNull(form, "the county polygon under the click is offered as a new feature");
        assertEquals(0.2 * 0.2, vm.sketchProperty().get().getArea(), 1e-9);
    }

    @Test
    void snapSettingsChooseKindsAndTolerance(@TempDir Path journals) {
        EditViewModel vm = fx.editing(journals);
        Coordinate nearCorner = new Coordinate(112.90105, 27.80104);
        vm.pointerMoved(nearCorner, EditFixture.UPP, false);
        assertEquals(SnapKind.VERTEX, vm.snapCueProperty().get().kind());
        vm.snapSettings().verticesProperty().set(false);
        vm.snapSettings().intersectionsProperty().set(false);
        vm.pointerMoved(nearCorner, EditFixture.UPP, false);
        assertEquals(SnapKind.EDGE, vm.snapCueProperty().get().kind(), "without vertices the edge is next");
        vm.snapSettings().tolerancePxProperty().set(2);
        vm.pointerMoved(nearCorner, EditFixture.UPP, false);
        assertEquals(null, vm.snapCueProperty().get(), "4 px away is outside a 2 px tolerance");
        vm.snapSettings().enabledProperty().set(false);
        vm.snapSettings().tolerancePxProperty().set(20);
        vm.pointerMoved(nearCorner, EditFixture.UPP, false);
        assertEquals(null, vm.snapCueProperty().get(), "snapping switched off");
    }
}
