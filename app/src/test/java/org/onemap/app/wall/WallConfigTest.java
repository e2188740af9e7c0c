package org.onemap.app.wall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onemap.thematic.module.ThematicModules;

class WallConfigTest {
    @Test
    void layoutAndPlaylistAreSavedAndRestoredPerWall(@TempDir Path walls) {
        WallConfig a = WallConfig.loadOrCreate(walls, "hall-a", "4711");
        WallView v = new WallView("environment", new WallView.Extent(112.5, 27.5, 113.0, 28.0), List.of("sensor"), 45);
        a.withLayout(new WallLayout(800, true, false, 32, 3, 2.2)).withPlaylist(List.of(v)).save(walls);
        WallConfig.loadOrCreate(walls, "hall-b", "9999");

        WallConfig back = WallConfig.read(walls.resolve("hall-a.json"));
        assertEquals(new WallLayout(800, true, false, 32, 3, 2.2), back.layout());
        assertEquals(List.of(v), back.playlist());
        assertEquals(WallLayout.defaults(), WallConfig.read(walls.resolve("hall-b.json")).layout(), "walls do not share layouts");
    }

    @Test
    void aConfigSavedBeforeLabelScalesTakesTheScreensScale(@TempDir Path walls) throws Exception {
        WallConfig.loadOrCreate(walls, "old", "4711").save(walls);
        Path f = walls.resolve("old.json");
        String json = java.nio.file.Files.readString(f);
        java.nio.file.Files.writeString(f, json.replaceAll(",\\s*\"labelScale\"\\s*:\\s*[0-9.]+", ""));
        org.junit.jupiter.api.Assertions.assertFalse(java.nio.file.Files.readString(f).contains("labelScale"), "the test wrote an old config");
        assertEquals(0, WallConfig.read(f).layout().labelScale(), "no labelScale in the file: from the screen size");
    }

    @Test
    void aViewsTimeWindowIsSavedAsIsoTextAndRestored(@TempDir Path walls) throws Exception {
        WallView v = new WallView("governance", null, List.of(), 20, java.time.Instant.parse("2025-03-05T00:00:00Z"),
                java.time.Instant.parse("2025-03-12T00:00:00Z"));
        WallConfig.loadOrCreate(walls, "hall-c", "4711").withPlaylist(List.of(v, new WallView("resources", null, List.of(), 20))).save(walls);
        String json = java.nio.file.Files.readString(walls.resolve("hall-c.json"));
        org.junit.jupiter.api.Assertions.assertTrue(json.contains("\"2025-03-05T00:00:00Z\""), "readable time window in " + json);
        List<WallView> back = WallConfig.read(walls.resolve("hall-c.json")).playlist();
        assertEquals(v, back.get(0));
        assertEquals(null, back.get(1).from(), "a view without a window shows all time");
    }

    @Test
    void newWallCyclesThroughEveryThematicModule(@TempDir Path walls) {
        WallConfig c = WallConfig.loadOrCreate(walls, "default", "4711");
        assertEquals(ThematicModules.ids(), c.playlist().stream().map(WallView::moduleId).toList());
        assertFalse(c.playlist().isEmpty());
    }

    @Test
    void screensAndPinComeFromTheEnvironment() {
        WallOptions o = WallOptions.fromEnvironment(Map.of("ONEMAP_WALL_SCREENS", "1, 2", "ONEMAP_WALL_PIN", "4711"), Path.of("ws"));
        assertEquals(List.of(1, 2), o.screens());
        assertEquals(Path.of("ws", "walls"), o.wallsFolder());
        assertEquals("default", o.name());
        assertEquals(List.of(), WallOptions.parseScreens("all"));
        assertThrows(IllegalArgumentException.class, () -> WallOptions.parseScreens("0"));
        assertThrows(IllegalArgumentException.class, () -> WallConfig.file(Path.of("w"), "../etc"), "a wall name cannot leave the walls folder");
    }
}
