package org.onemap.app.wall.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onemap.app.wall.dispatch.DispatchWorkspace.LAT;
import static org.onemap.app.wall.dispatch.DispatchWorkspace.LON;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onemap.app.wall.WallText;
import org.onemap.core.geodesy.EllipsoidalMeasure;
import org.onemap.datasources.h2gis.H2gisWorkspace;

/** The dispatch view-model without JavaFX running: work and publishing run on the test's thread. */
class DispatchViewModelTest {
    private static final Executor NOW = Runnable::run;
    private static final Instant T0 = Instant.parse("2026-05-30T09:00:00Z");

    @TempDir
    Path dir;
    private final DispatchWorkspace.HandClock clock = new DispatchWorkspace.HandClock();

    @Test
    void drivesTheWorkflowFromQueueToLog() {
        try (H2gisWorkspace ws = DispatchWorkspace.create(dir)) {
            String urgent = DispatchWorkspace.incident(ws, "SJ-A", "安全隐患", "待处理", LON, LAT, T0);
            DispatchWorkspace.incident(ws, "SJ-B", "环境卫生", "待处理", LON, LAT, T0.minusSeconds(3600));
            DispatchWorkspace.site(ws, "和平村党群服务中心", LON + 0.006, LAT);
            DispatchWorkspace.machine(ws, "NJ-430321-00001", "idle", LON, LAT + 0.02);
            DispatchViewModel vm = new DispatchViewModel(ws, clock, WallText.forLocale(Locale.SIMPLIFIED_CHINESE), NOW, NOW);
            vm.refresh();

            assertEquals("待处置事件 2 件", vm.titleProperty().get());
            assertEquals(urgent, vm.incidents().get(0).id(), "the safety hazard outranks the older sanitation report");
            assertEquals("【急】安全隐患 · SJ-A · 待处理", vm.incidentLine(vm.incidents().get(0)));
            assertFalse(vm.canAssignProperty().get(), "nothing selected, nothing to assign");

            vm.select(vm.incidents().get(0));
            double metres = EllipsoidalMeasure.distance(LON, LAT, LON + 0.006, LAT);
            assertEquals("和平村党群服务中心", vm.suggestionProperty().get().unit().name());
            assertEquals(metres, vm.suggestionProperty().get().metres(), 1e-6);
            assertEquals("最近可用：和平村党群服务中心（工作队）· 距离 " + Math.round(metres) + " 米", vm.suggestionTextProperty().get());
            assertTrue(vm.canAssignProperty().get());
            assertFalse(vm.canArriveProperty().get());
            assertFalse(vm.canCloseProperty().get());

            vm.assign("张三");
            assertEquals(IncidentStatus.ASSIGNED, vm.getSelected().status(), "the selection follows the incident");
            assertEquals("已派：和平村党群服务中心", vm.suggestionTextProperty().get());
            assertTrue(vm.canArriveProperty().get());
            assertFalse(vm.canAssignProperty().get());
            assertEquals("处理中", DispatchWorkspace.status(ws, urgent));

            clock.advance(900);
            vm.arrive("张三");
            assertEquals(IncidentStatus.ON_SITE, vm.getSelected().status());
            assertTrue(vm.canCloseProperty().get());
            vm.close("张三");

            assertNull(vm.getSelected(), "a closed incident leaves the queue and the selection");
            assertEquals("待处置事件 1 件", vm.titleProperty().get());
            assertEquals(3, vm.log().size());
            assertEquals(DispatchAction.CLOSE, vm.log().get(0).action(), "newest first");
            String line = vm.logLine(vm.log().get(0));
            assertTrue(line.contains("张三 SJ-A：已到场 → 已办结 · 和平村党群服务中心"), line);
            assertEquals("已办结", DispatchWorkspace.status(ws, urgent));
            assertEquals("", vm.errorProperty().get());
        }
    }

    @Test
    void unitChoiceNarrowsTheSuggestionToMachines() {
        try (H2gisWorkspace ws = DispatchWorkspace.create(dir)) {
            DispatchWorkspace.incident(ws, "SJ-C", "安全隐患", "待处理", LON, LAT, T0);
            DispatchWorkspace.site(ws, "近站", LON + 0.003, LAT);
            DispatchWorkspace.machine(ws, "NJ-430321-00002", "working", LON, LAT + 0.02);
            DispatchViewModel vm = new DispatchViewModel(ws, clock, WallText.forLocale(Locale.ENGLISH), NOW, NOW);
            vm.refresh();
            vm.select(vm.incidents().get(0));
            assertEquals("近站", vm.suggestionProperty().get().unit().name());
            vm.unitChoiceProperty().set(DispatchViewModel.UnitChoice.MACHINE);
            assertEquals("拖拉机 湘C·00002", vm.suggestionProperty().get().unit().name());
            assertTrue(vm.suggestionTextProperty().get().startsWith("Nearest available: 拖拉机 湘C·00002 (machine) · 2.22 km away"),
                    vm.suggestionTextProperty().get());
        }
    }

    @Test
    void failedActionIsShownAndChangesNothing() {
        try (H2gisWorkspace ws = DispatchWorkspace.create(dir)) {
            String id = DispatchWorkspace.incident(ws, "SJ-D", "安全隐患", "待处理", LON, LAT, T0);
            DispatchWorkspace.site(ws, "近站", LON + 0.003, LAT);
            DispatchViewModel vm = new DispatchViewModel(ws, clock, WallText.forLocale(Locale.SIMPLIFIED_CHINESE), NOW, NOW);
            vm.refresh();
            vm.select(vm.incidents().get(0));
            vm.assign("  ");
            assertEquals("操作失败：请先在下方填写值班员姓名", vm.errorProperty().get());
            assertEquals("待处理", DispatchWorkspace.status(ws, id));
            assertTrue(vm.log().isEmpty());
            assertTrue(vm.canAssignProperty().get(), "the operator can try again");
        }
    }

    @Test
    void distancesReadInTheLocalesUnits() {
        DispatchViewModel zh = new DispatchViewModel(() -> null, WallText.forLocale(Locale.SIMPLIFIED_CHINESE), NOW, NOW);
        DispatchViewModel en = new DispatchViewModel(() -> null, WallText.forLocale(Locale.ENGLISH), NOW, NOW);
        assertEquals("850 米", zh.distance(850.4));
        assertEquals("1.23 公里", zh.distance(1234));
        assertEquals("12,346.65 km", en.distance(12_346_650));
        assertEquals("999 m", en.distance(999.2));
        assertEquals("Select an incident above", en.selectedTextProperty().get());
    }
}
