package org.onemap.app.desktop.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.onemap.app.desktop.Messages;
import org.onemap.core.feature.Feature;
import org.onemap.datasources.sync.Conflict;
import org.onemap.datasources.sync.ConflictView;
import org.onemap.datasources.sync.Side;

/** The conflict table and map difference without JavaFX running or a server: the engine's view of both sides is given. */
class ConflictViewModelTest {
    private static final Messages ZH = Messages.forLocale(Messages.CHINESE);
    private static final GeometryFactory GF = new GeometryFactory();
    private static final Geometry BASE = GF.toGeometry(new Envelope(112.90, 112.91, 27.80, 27.81));
    private static final Geometry MOVED = GF.toGeometry(new Envelope(112.90, 112.912, 27.80, 27.81)); // their east edge moved out

    private static Feature parcel(String id, Geometry g, String crop, String owner, long version) {
        return new Feature(id, g, Map.of("parcel_code", "430321-012-00004", "crop", crop, "owner", owner), version);
    }

    private static ConflictViewModel bothEdited() {
        Conflict c = new Conflict("parcel", "ab12cd34-4", 4L, 3L, 4L, Instant.parse("2026-11-28T10:00:00Z"));
        ConflictView v = new ConflictView(c, parcel("4", BASE, "水稻", "李四", 3), parcel("4", MOVED, "湘莲", "农户4", 4), List.of("crop", "owner"), true);
        return new ConflictViewModel(v, Map.of("parcel_code", "430321-012-00004", "crop", "水稻", "owner", "农户4", "geom", BASE), ZH);
    }

    @Test
    void tableShowsMineTheirsAndBaseWithDifferencesFlagged() {
        ConflictViewModel vm = bothEdited();
        assertEquals(Set.of("parcel_code", "crop", "owner", "geom"), vm.rows().stream().map(AttributeChoice::key).collect(Collectors.toSet()),
                "every field and the geometry");
        assertEquals("geom", vm.rows().get(vm.rows().size() - 1).key(), "the geometry comes last");
        AttributeChoice crop = vm.row("crop");
        assertEquals("水稻", crop.mine());
        assertEquals("湘莲", crop.theirs());
        assertEquals("水稻", crop.base());
        assertTrue(crop.differs());
        assertTrue(vm.row("owner").differs());
        assertFalse(vm.row("parcel_code").differs(), "agreeing fields are not flagged");
        assertTrue(vm.row("geom").differs());
        assertEquals("几何", vm.row("geom").label());
        assertEquals(Set.of("crop", "owner", "geom"), vm.differing().stream().map(AttributeChoice::key).collect(Collectors.toSet()));
        assertTrue(vm.title().contains("本地已编辑（v3）") && vm.title().contains("服务器上已更改（v4）"), vm.title());
        assertTrue(vm.canMerge());
    }

    @Test
    void choicesDefaultToMineAndFollowThePerRowChoice() {
        ConflictViewModel vm = bothEdited();
        assertTrue(vm.choices().values().stream().allMatch(s -> s == Side.MINE), "nothing is taken from the server unasked");
        vm.row("crop").setChoice(Side.THEIRS);
        vm.row("geom").setChoice(Side.THEIRS);
        assertEquals(Side.THEIRS, vm.choices().get("crop"));
        assertEquals(Side.MINE, vm.choices().get("owner"));
        assertEquals(Side.THEIRS, vm.choices().get("geom"), "the geometry is chosen under the engine's key");
        vm.chooseAll(Side.THEIRS);
        assertTrue(vm.choices().values().stream().allMatch(s -> s == Side.THEIRS));
    }

    @Test
    void geometryDifferenceIsTheSymmetricDifferenceFramedByBothSides() {
        GeometryDifference d = bothEdited().difference();
        assertTrue(d.differs());
        assertEquals(0.002 * 0.01, d.difference().getArea(), 1e-12, "the strip only theirs covers");
        assertTrue(d.extent().contains(BASE.getEnvelopeInternal()) && d.extent().contains(MOVED.getEnvelopeInternal()));
        assertFalse(GeometryDifference.of(BASE, BASE.copy()).differs(), "equal geometries leave nothing to fill");
    }

    @Test
    void aFeatureDeletedOnTheServerCannotBeMergedAndShowsAsDeleted() {
        Conflict c = new Conflict("parcel", "ab12cd34-4", 4L, 3L, null, Instant.now());
        ConflictViewModel vm = new ConflictViewModel(new ConflictView(c, parcel("4", BASE, "水稻", "李四", 3), null, List.of(), false), Map.of(), ZH);
        assertFalse(vm.canMerge());
        assertEquals("（已删除）", vm.row("crop").theirs());
        assertEquals("—", vm.row("crop").base(), "an unknown base says so");
        assertTrue(vm.row("crop").differs() && vm.row("geom").differs());
        assertTrue(vm.title().contains("服务器上已删除"), vm.title());
        assertEquals(BASE, vm.difference().difference(), "the whole of my parcel is the difference");
    }
}
