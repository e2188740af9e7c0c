package org.onemap.app.wall.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onemap.app.wall.dispatch.DispatchWorkspace.LAT;
import static org.onemap.app.wall.dispatch.DispatchWorkspace.LON;

import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onemap.core.geodesy.EllipsoidalMeasure;
import org.onemap.datasources.h2gis.H2gisWorkspace;

/** The dispatch desk on a real H2GIS workspace file: workflow, nearest available unit, log across reopen. */
class DispatchBoardTest {
    private static final Set<UnitKind> ANY = EnumSet.allOf(UnitKind.class);
    private static final Instant T0 = Instant.parse("2026-05-30T09:00:00Z");
    // 0.01° of longitude at 27.8° N is about 985 m
    private static final double KM = 0.01 / 0.985;

    @TempDir
    Path dir;
    private final DispatchWorkspace.HandClock clock = new DispatchWorkspace.HandClock();

    @Test
    void incidentGoesNewAssignedOnSiteClosedAndTheLayerStatusFollows() {
        try (H2gisWorkspace ws = DispatchWorkspace.create(dir)) {
            String id = DispatchWorkspace.incident(ws, "SJ-1", "安全隐患", "待处理", LON, LAT, T0);
            DispatchWorkspace.site(ws, "和平村党群服务中心", LON + 2 * KM, LAT);
            DispatchBoard board = DispatchBoard.open(ws, clock);
            assertEquals(IncidentStatus.NEW, board.incident(id).orElseThrow().status());

            Incident assigned = board.assignNearest(id, ANY, "张三");
            assertEquals(IncidentStatus.ASSIGNED, assigned.status());
            assertEquals("和平村党群服务中心", assigned.unitName());
            assertEquals("处理中", DispatchWorkspace.status(ws, id), "assigned shows as in progress in the governance theme");

            clock.advance(600);
            assertEquals(IncidentStatus.ON_SITE, board.arrive(id, "张三").status());
            assertEquals("处理中", DispatchWorkspace.status(ws, id));

            clock.advance(1800);
            Incident closed = board.close(id, "李四");
            assertEquals(IncidentStatus.CLOSED, closed.status());
            assertEquals("已办结", DispatchWorkspace.status(ws, id), "closing writes 已办结 to the incident layer");
            assertNotNull(DispatchWorkspace.feature(ws, id).get("closed_at"), "closing stamps closed_at");
            assertTrue(board.openIncidents().isEmpty(), "a closed incident leaves the queue");
            assertEquals(4, DispatchWorkspace.feature(ws, id).version(), "each step is its own versioned edit (insert + 3 updates)");

            List<DispatchLogEntry> log = board.log();
            assertEquals(List.of(DispatchAction.ASSIGN, DispatchAction.ARRIVE, DispatchAction.CLOSE), log.stream().map(DispatchLogEntry::action).toList());
            assertEquals(List.of("张三", "张三", "李四"), log.stream().map(DispatchLogEntry::who).toList());
            assertEquals(IncidentStatus.NEW, log.get(0).from());
            assertEquals(IncidentStatus.CLOSED, log.get(2).to());
            assertEquals(clock.instant(), log.get(2).at());
            assertTrue(log.get(0).unitId().startsWith("service_site:"), "the log names the unit: " + log.get(0).unitId());
        }
    }

    @Test
    void illegalStepsThrowAClearExceptionAndChangeNothing() {
        try (H2gisWorkspace ws = DispatchWorkspace.create(dir)) {
            String id = DispatchWorkspace.incident(ws, "SJ-2", "矛盾纠纷", "待处理", LON, LAT, T0);
            DispatchWorkspace.site(ws, "综治中心", LON + KM, LAT);
            DispatchBoard board = DispatchBoard.open(ws, clock);

            IllegalTransitionException e = assertThrows(IllegalTransitionException.class, () -> board.close(id, "张三"));
            assertEquals("incident SJ-2 cannot go from new to closed: the next step is assigned", e.getMessage());
            assertThrows(IllegalTransitionException.class, () -> board.arrive(id, "张三"));
            assertEquals("待处理", DispatchWorkspace.status(ws, id), "a refused step writes nothing");
            assertTrue(board.log().isEmpty(), "a refused step logs nothing");

            board.assignNearest(id, ANY, "张三");
            assertThrows(IllegalTransitionException.class, () -> board.assignNearest(id, ANY, "张三"), "assigned twice");
            assertThrows(IllegalTransitionException.class, () -> board.close(id, "张三"), "closed before the unit arrived");
            board.arrive(id, "张三");
            board.close(id, "张三");
            IllegalTransitionException again = assertThrows(IllegalTransitionException.class, () -> board.close(id, "张三"));
            assertTrue(again.getMessage().contains("already closed"), again.getMessage());
            assertThrows(IllegalArgumentException.class, () -> board.arrive("99999", "张三"), "an unknown incident");
            assertEquals(3, board.log().size());
        }
    }

    @Test
    void actionWithoutOperatorNameIsRefused() {
        try (H2gisWorkspace ws = DispatchWorkspace.create(dir)) {
            String id = DispatchWorkspace.incident(ws, "SJ-3", "矛盾纠纷", "待处理", LON, LAT, T0);
            DispatchWorkspace.site(ws, "综治中心", LON + KM, LAT);
            DispatchBoard board = DispatchBoard.open(ws, clock);
            assertThrows(IllegalArgumentException.class, () -> board.assignNearest(id, ANY, " "));
            assertEquals("待处理", DispatchWorkspace.status(ws, id));
        }
    }

    @Test
    void suggestsTheNearestInServiceUnitByEllipsoidalDistance() {
        try (H2gisWorkspace ws = DispatchWorkspace.create(dir)) {
            String id = DispatchWorkspace.incident(ws, "SJ-4", "安全隐患", "待处理", LON, LAT, T0);
            DispatchWorkspace.site(ws, "远处服务站", LON + 5 * KM, LAT);
            DispatchWorkspace.machine(ws, "NJ-430321-00001", "idle", LON, LAT + 0.03);
            DispatchWorkspace.machine(ws, "NJ-430321-00002", "maintenance", LON + 0.2 * KM, LAT); // nearest but in the workshop
            DispatchBoard board = DispatchBoard.open(ws, clock);

            NearestUnit.Suggestion s = board.suggest(id, ANY).orElseThrow();
            assertEquals("拖拉机 湘C·00001", s.unit().name(), "the idle tractor 3.3 km north beats the site 5 km east; the one in maintenance is skipped");
            assertEquals(UnitKind.MACHINE, s.unit().kind());
            assertEquals(EllipsoidalMeasure.distance(LON, LAT, LON, LAT + 0.03), s.metres(), 1e-6);
            assertEquals(3325, s.metres(), 10, "0.03° of latitude near 27.8° N on the ellipsoid");

            NearestUnit.Suggestion team = board.suggest(id, EnumSet.of(UnitKind.TEAM)).orElseThrow();
            assertEquals("远处服务站", team.unit().name(), "only teams when asked for teams");
        }
    }

    @Test
    void unitBusyOnAnotherOpenIncidentIsNotAvailableUntilThatOneCloses() {
        try (H2gisWorkspace ws = DispatchWorkspace.create(dir)) {
            String first = DispatchWorkspace.incident(ws, "SJ-5", "安全隐患", "待处理", LON, LAT, T0);
            String second = DispatchWorkspace.incident(ws, "SJ-6", "安全隐患", "待处理", LON + 0.5 * KM, LAT, T0.plusSeconds(60));
            DispatchWorkspace.site(ws, "近站", LON + KM, LAT);
            DispatchWorkspace.site(ws, "远站", LON + 4 * KM, LAT);
            DispatchBoard board = DispatchBoard.open(ws, clock);

            assertEquals("近站", board.assignNearest(first, ANY, "张三").unitName());
            assertEquals(Set.of(board.incident(first).orElseThrow().unitId()), board.busyUnits());
            assertEquals("远站", board.suggest(second, ANY).orElseThrow().unit().name(), "近站 is busy on SJ-5");

            ResponseUnit near = ResponseUnits.read(ws).stream().filter(u -> u.name().equals("近站")).findFirst().orElseThrow();
            IllegalStateException busy = assertThrows(IllegalStateException.class, () -> board.assign(second, near, "张三"));
            assertTrue(busy.getMessage().contains("busy on incident SJ-5"), busy.getMessage());

            board.arrive(first, "张三");
            board.close(first, "张三");
            assertTrue(board.busyUnits().isEmpty(), "closing frees the unit");
            assertEquals("近站", board.suggest(second, ANY).orElseThrow().unit().name(), "近站 is free again");
        }
    }

    @Test
    void noUnitAvailableIsSaidPlainly() {
        try (H2gisWorkspace ws = DispatchWorkspace.create(dir)) {
            String id = DispatchWorkspace.incident(ws, "SJ-7", "安全隐患", "待处理", LON, LAT, T0);
            DispatchWorkspace.machine(ws, "NJ-430321-00009", "maintenance", LON, LAT);
            DispatchBoard board = DispatchBoard.open(ws, clock);
            assertTrue(board.suggest(id, ANY).isEmpty());
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> board.assignNearest(id, ANY, "张三"));
            assertTrue(e.getMessage().contains("no unit"), e.getMessage());
        }
    }

    @Test
    void logAndAssignmentsSurviveReopeningTheWorkspace() {
        String assignedId;
        String onSiteId;
        try (H2gisWorkspace ws = DispatchWorkspace.create(dir)) {
            assignedId = DispatchWorkspace.incident(ws, "SJ-8", "安全隐患", "待处理", LON, LAT, T0);
            onSiteId = DispatchWorkspace.incident(ws, "SJ-9", "环境卫生", "待处理", LON + 3 * KM, LAT, T0);
            DispatchWorkspace.site(ws, "甲站", LON + KM, LAT);
            DispatchWorkspace.site(ws, "乙站", LON + 3 * KM, LAT + 0.001);
            DispatchBoard board = DispatchBoard.open(ws, clock);
            board.assignNearest(assignedId, ANY, "张三");
            board.assignNearest(onSiteId, ANY, "张三");
            board.arrive(onSiteId, "李四");
        }
        try (H2gisWorkspace ws = DispatchWorkspace.reopen(dir)) {
            DispatchBoard board = DispatchBoard.open(ws, clock);
            Incident a = board.incident(assignedId).orElseThrow();
            assertEquals(IncidentStatus.ASSIGNED, a.status(), "the log tells assigned from on site after a restart");
            assertEquals("甲站", a.unitName());
            Incident b = board.incident(onSiteId).orElseThrow();
            assertEquals(IncidentStatus.ON_SITE, b.status());
            assertEquals("乙站", b.unitName());
            assertEquals(2, board.busyUnits().size(), "both units are still busy after the restart");
            List<DispatchLogEntry> log = board.log();
            assertEquals(3, log.size());
            assertEquals("李四", log.get(2).who());
            assertEquals(DispatchAction.ARRIVE, log.get(2).action());
            assertEquals("SJ-9", log.get(2).incidentCode());
            assertEquals(List.of(log.get(2), log.get(1)), board.recentLog(2), "recent entries come newest first");
            assertFalse(ws.hasLayer(DispatchLog.TABLE), "the log is a plain table, not a map layer");
        }
    }

    @Test
    void statusSetElsewhereWinsOverTheLog() {
        try (H2gisWorkspace ws = DispatchWorkspace.create(dir)) {
            String id = DispatchWorkspace.incident(ws, "SJ-10", "安全隐患", "待处理", LON, LAT, T0);
            String seededInProgress = DispatchWorkspace.incident(ws, "SJ-11", "安全隐患", "处理中", LON, LAT, T0);
            DispatchWorkspace.site(ws, "甲站", LON + KM, LAT);
            DispatchBoard board = DispatchBoard.open(ws, clock);
            board.assignNearest(id, ANY, "张三");
            ws.sql("UPDATE incident SET status = '已办结' WHERE id = " + id);
            board.reload();
            assertTrue(board.incident(id).isEmpty(), "closed with SQL: gone from the queue");
            assertTrue(board.busyUnits().isEmpty(), "and its unit is free");
            Incident seeded = board.incident(seededInProgress).orElseThrow();
            assertEquals(IncidentStatus.ON_SITE, seeded.status(), "处理中 without a log entry: somebody is on it");
            assertNull(seeded.unitId());
        }
    }

    @Test
    void queueIsMostUrgentFirstThenOldestFirst() {
        try (H2gisWorkspace ws = DispatchWorkspace.create(dir)) {
            DispatchWorkspace.incident(ws, "SJ-LOW", "环境卫生", "待处理", LON, LAT, T0.minusSeconds(86_400));
            DispatchWorkspace.incident(ws, "SJ-HIGH-NEW", "治安防控", "待处理", LON, LAT, T0.plusSeconds(60));
            DispatchWorkspace.incident(ws, "SJ-HIGH-OLD", "安全隐患", "待处理", LON, LAT, T0);
            DispatchWorkspace.incident(ws, "SJ-MED", "民生诉求", "处理中", LON, LAT, T0);
            DispatchWorkspace.incident(ws, "SJ-DONE", "安全隐患", "已办结", LON, LAT, T0);
            DispatchBoard board = DispatchBoard.open(ws, clock);
            assertEquals(List.of("SJ-HIGH-OLD", "SJ-HIGH-NEW", "SJ-MED", "SJ-LOW"), board.openIncidents().stream().map(Incident::code).toList());
        }
    }
}
