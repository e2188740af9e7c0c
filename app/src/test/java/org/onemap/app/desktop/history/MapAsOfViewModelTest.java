package org.onemap.app.desktop.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.onemap.app.desktop.MainViewModel;
import org.onemap.app.desktop.Messages;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.FeatureStore;

/** "Map as of a date" on a real workspace: the main view-model's layers, table and banner follow the chosen instant. */
class MapAsOfViewModelTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static MainViewModel main() {
        return new MainViewModel(HistoryWorkspace.get(), Messages.forLocale(Messages.CHINESE), Runnable::run, Runnable::run);
    }

    private static MapAsOfViewModel asOf(MainViewModel main) {
        MapAsOfViewModel vm = new MapAsOfViewModel(main, HistoryWorkspace.get().history().orElseThrow(),
                new HistoryTexts(Messages.forLocale(Messages.CHINESE), SHANGHAI));
        vm.refreshLayers();
        return vm;
    }

    @Test
    void showsTheLayerAsItWasWithABannerThenReturnsToNow() {
        FeatureStore s = HistoryWorkspace.parcels("asof_parcel", 3);
        Instant before = HistoryWorkspace.pause();
        HistoryWorkspace.update(s, HistoryWorkspace.byId(s, "2"), "crop", "柑橘", "王五");
        HistoryWorkspace.get().sql("DELETE FROM asof_parcel WHERE id = 3");
        MainViewModel main = main();
        main.layers().select(main.layers().item("asof_parcel"));
        MapAsOfViewModel vm = asOf(main);
        assertTrue(vm.layers().stream().anyMatch(c -> c.name().equals("asof_parcel") && c.chosen().get()),
                "the table's layer is chosen by default: " + vm.layers());

        assertTrue(vm.showAsOf(before), vm.errorProperty().get());
        assertTrue(vm.activeProperty().get());
        assertTrue(main.showingPastProperty().get(), "the main view knows it shows the past (editing is off)");
        assertTrue(vm.bannerProperty().get().matches("历史视图 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} — 只读"), vm.bannerProperty().get());
        assertEquals(3, main.source("asof_parcel").count(Query.ALL), "the deleted parcel is back");
        assertEquals("湘莲", main.table().rows().get(1).get("crop"), "the table reads the past too");
        assertEquals(3, main.table().rows().size());
        assertEquals(main.source("asof_parcel"), main.mapLayers().layer("asof_parcel").source(), "the map draws the past layer");

        vm.returnToNow();
        assertFalse(vm.activeProperty().get());
        assertEquals("", vm.bannerProperty().get());
        assertFalse(main.showingPastProperty().get());
        assertEquals(2, main.source("asof_parcel").count(Query.ALL), "live again");
        assertEquals("柑橘", main.table().rows().get(1).get("crop"));
    }

    @Test
    void refusesAnInvalidTimeAFutureInstantAndNoLayer() {
        HistoryWorkspace.parcels("asof_invalid", 1);
        MainViewModel main = main();
        MapAsOfViewModel vm = asOf(main);
        vm.timeProperty().set("25:99");
        assertFalse(vm.apply());
        assertTrue(vm.errorProperty().get().contains("25:99"), vm.errorProperty().get());
        vm.dateProperty().set(LocalDate.now(SHANGHAI).plusDays(2));
        vm.timeProperty().set("14:00");
        assertFalse(vm.apply());
        assertEquals("所选时刻在未来", vm.errorProperty().get());
        vm.layers().forEach(c -> c.chosen().set(false));
        assertFalse(vm.showAsOf(Instant.now().minusSeconds(60)));
        assertEquals("请至少选择一个图层", vm.errorProperty().get());
        assertFalse(vm.activeProperty().get());
        assertNull(vm.shownProperty().get());
    }

    @Test
    void dateAndMinuteFieldsNameAnInstantInTheViewsZone() {
        MapAsOfViewModel vm = asOf(main());
        vm.dateProperty().set(LocalDate.of(2026, 11, 20));
        vm.timeProperty().set("14:00");
        assertEquals(Instant.parse("2026-11-20T06:00:00Z"), vm.chosenInstant(), "14:00 in Shanghai is 06:00 UTC");
        vm.setInstant(Instant.parse("2026-11-20T06:30:00Z"));
        assertEquals("14:30", vm.timeProperty().get());
    }
}
