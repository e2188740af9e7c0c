package org.onemap.app.wall.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.onemap.app.wall.dispatch.DispatchWorkspace.LAT;
import static org.onemap.app.wall.dispatch.DispatchWorkspace.LON;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onemap.datasources.postgis.ThrowawayDatabase;
import org.onemap.datasources.postgis.PostgisAddress;
import org.onemap.datasources.postgis.PostgisDatabase;

/**
 * Dispatch on a shared PostGIS (127.0.0.1:5432, trust auth, or {@code ONEMAP_TEST_PG_HOSTPORT}): the
 * log table's SQL runs there too, and the log and assignments survive reconnecting. Skips without a
 * server, fails then when {@code CI=true}.
 */
class DispatchBoardPostgisIT {
    @Test
    void workflowAndLogWorkOnPostgisAndSurviveReconnecting() throws Exception {
        try (ThrowawayDatabase db = ThrowawayDatabase.create()) {
            PostgisAddress address = PostgisAddress.parse(db.url());
            DispatchWorkspace.HandClock clock = new DispatchWorkspace.HandClock();
            String first;
            String second;
            try (PostgisDatabase pg = PostgisDatabase.open(address, "tester")) {
                DispatchWorkspace.createLayers(pg);
                first = DispatchWorkspace.incident(pg, "SJ-P1", "安全隐患", "待处理", LON, LAT, Instant.parse("2026-05-30T09:00:00Z"));
                second = DispatchWorkspace.incident(pg, "SJ-P2", "矛盾纠纷", "待处理", LON + 0.01, LAT, Instant.parse("2026-05-30T10:00:00Z"));
                DispatchWorkspace.site(pg, "甲站", LON + 0.005, LAT);
                DispatchWorkspace.site(pg, "乙站", LON + 0.02, LAT);
                DispatchBoard board = DispatchBoard.open(pg, clock);
                assertEquals("甲站", board.assignNearest(first, EnumSet.allOf(UnitKind.class), "张三").unitName());
                board.arrive(first, "张三");
                board.close(first, "李四");
                assertEquals("甲站", board.suggest(second, EnumSet.allOf(UnitKind.class)).orElseThrow().unit().name(),
                        "甲站 is free again after SJ-P1 closed, and nearer to SJ-P2 than 乙站");
                board.assignNearest(second, EnumSet.allOf(UnitKind.class), "张三");
            }
            try (PostgisDatabase pg = PostgisDatabase.open(address, "tester")) {
                DispatchBoard board = DispatchBoard.open(pg, clock);
                assertEquals("已办结", DispatchWorkspace.status(pg, first));
                assertEquals("处理中", DispatchWorkspace.status(pg, second));
                assertEquals(IncidentStatus.ASSIGNED, board.incident(second).orElseThrow().status());
                List<DispatchLogEntry> log = board.log();
                assertEquals(List.of(DispatchAction.ASSIGN, DispatchAction.ARRIVE, DispatchAction.CLOSE, DispatchAction.ASSIGN),
                        log.stream().map(DispatchLogEntry::action).toList());
                assertEquals(clock.instant(), log.get(3).at(), "timestamps round-trip through timestamptz");
                assertEquals("李四", log.get(2).who());
            }
        }
    }
}
