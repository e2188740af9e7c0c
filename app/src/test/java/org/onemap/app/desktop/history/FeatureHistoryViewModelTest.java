package org.onemap.app.desktop.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.onemap.app.desktop.Messages;
import org.onemap.core.feature.Feature;
import org.onemap.core.history.FeatureHistory;
import org.onemap.core.spi.FeatureStore;

/** The history window's model on a real workspace file, without JavaFX running. */
class FeatureHistoryViewModelTest {
    private static final FeatureHistory HISTORY = HistoryWorkspace.get().history().orElseThrow();

    private FeatureHistoryViewModel model(FeatureStore s, Feature f, Locale locale) {
        FeatureHistoryViewModel vm = new FeatureHistoryViewModel(HISTORY, s, "地块", f,
                new HistoryTexts(Messages.forLocale(locale), ZoneId.of("Asia/Shanghai")), Runnable::run, Runnable::run);
        vm.load();
        return vm;
    }

    @Test
    void timelineShowsCreationAndTwoEditsWithTheirChangesLatestSelected() {
        FeatureStore s = HistoryWorkspace.parcels("hv_timeline", 2);
        Feature f = HistoryWorkspace.byId(s, "1");
        f = HistoryWorkspace.update(s, f, "crop", "蔬菜", "王五");
        HistoryWorkspace.get().sql("UPDATE hv_timeline SET geom = ST_Buffer(geom, 0.0002, 'join=mitre') WHERE id = 1");

        FeatureHistoryViewModel vm = model(s, f, Messages.CHINESE);
        List<TimelineRow> rows = vm.rows();
        assertEquals(3, rows.size(), "created, crop edit, SQL reshape: " + rows);
        assertEquals(List.of("v1", "v2", "v3"), rows.stream().map(TimelineRow::version).toList());
        assertEquals(List.of("创建", "修改", "修改"), rows.stream().map(TimelineRow::operation).toList());
        assertEquals(List.of("录入员", "王五", "测试员"), rows.stream().map(TimelineRow::user).toList());
        assertTrue(rows.get(0).time().matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}"), "Chinese UI shows ISO-like times: " + rows.get(0).time());
        assertEquals("作物：水稻 → 蔬菜", rows.get(1).changes());
        assertTrue(rows.get(2).changes().startsWith("几何 +") && rows.get(2).changes().endsWith(" 亩"),
                "a grown parcel shows its area gain in mu: " + rows.get(2).changes());
        assertEquals(rows.get(2), vm.selectedProperty().get(), "the latest version is selected first");
        assertEquals("共 3 个版本", vm.statusProperty().get());
        assertEquals("430321-012-00000 的历史记录 · 地块", vm.title());
    }

    @Test
    void pickingAnOldVersionDrawsItsGeometryAndMarksTheAttributesThatDifferNow() {
        FeatureStore s = HistoryWorkspace.parcels("hv_diff", 1);
        Feature f = HistoryWorkspace.byId(s, "1");
        f = HistoryWorkspace.update(s, f, "crop", "茶叶", "王五");
        HistoryWorkspace.get().sql("UPDATE hv_diff SET geom = ST_Translate(geom, 0.01, 0) WHERE id = 1");
        Feature now = HistoryWorkspace.byId(s, "1");

        FeatureHistoryViewModel vm = model(s, now, Messages.CHINESE);
        vm.selectedProperty().set(vm.rows().get(0));
        assertTrue(vm.versionGeometryProperty().get().equalsExact(HistoryWorkspace.square(0)), "the first version's square");
        assertTrue(vm.currentGeometryProperty().get().equalsExact(now.geometry()), "and the current, moved one");
        DiffRow crop = vm.diff().stream().filter(d -> d.field().equals("crop")).findFirst().orElseThrow();
        assertEquals("水稻", crop.then());
        assertEquals("茶叶", crop.now());
        assertTrue(crop.changed(), "crop differs now");
        assertFalse(vm.diff().stream().filter(d -> d.field().equals("owner")).findFirst().orElseThrow().changed(), "owner is unchanged");
        DiffRow area = vm.diff().get(0);
        assertEquals("@area", area.field());
        assertTrue(area.changed() && area.then().endsWith(" 亩"), "the moved geometry differs: " + area);
    }

    @Test
    void englishTimelineUsesEnglishWordsAndDates() {
        FeatureStore s = HistoryWorkspace.parcels("hv_english", 1);
        Feature f = HistoryWorkspace.update(s, HistoryWorkspace.byId(s, "1"), "owner", "Li", "editor");
        FeatureHistoryViewModel vm = model(s, f, Locale.ENGLISH);
        assertEquals(List.of("Created", "Changed"), vm.rows().stream().map(TimelineRow::operation).toList());
        assertTrue(vm.rows().get(1).time().matches("[A-Z][a-z]{2} \\d{1,2}, \\d{4}, .*"), "English medium date: " + vm.rows().get(1).time());
        assertEquals("Contractor: 农户0 → Li", vm.rows().get(1).changes());
    }
}
